import { describe, expect, it, vi } from 'vitest';
import { showReminders } from './reminders';

const reminder = (title: string) => ({
  key: `inquiries:${title}:answer:2026-03-02T23:00:00.000Z:120`,
  module: 'inquiries',
  kind: 'answer',
  title,
  dueInstant: '2026-03-02T23:00:00.000Z',
  leadMinutes: 120,
  link: { route: 'inquiry', id: title },
});

describe('reminders on the desktop', () => {
  it('shows one notification per reminder, opens the record on click, and sets the badge', () => {
    const shown: { title: string; body: string; click?: () => void }[] = [];
    class Notification {
      static isSupported = () => true;
      constructor(private readonly options: { title: string; body: string }) {}
      on(_event: 'click', listener: () => void) {
        shown.push({ ...this.options, click: listener });
      }
      show() {}
    }
    const setBadgeCount = vi.fn();
    const open = vi.fn();
    showReminders(
      { type: 'reminders', fire: [reminder('BP.1431.7.2026 Remont')], catchUp: [], badge: 4 },
      { Notification, setBadgeCount, title: () => 'Przypomnienie', open },
    );
    expect(setBadgeCount).toHaveBeenCalledWith(4);
    expect(shown.map((s) => [s.title, s.body])).toEqual([['Przypomnienie', 'BP.1431.7.2026 Remont']]);
    shown[0]!.click!();
    expect(open).toHaveBeenCalledWith({ route: 'inquiry', id: 'BP.1431.7.2026 Remont' });
  });

  it('ignores other events', () => {
    const setBadgeCount = vi.fn();
    showReminders(
      { type: 'data.changed', table: 'inquiries' },
      { Notification: class {} as never, setBadgeCount, title: () => '', open: vi.fn() },
    );
    expect(setBadgeCount).not.toHaveBeenCalled();
  });
});
