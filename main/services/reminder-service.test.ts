import { afterEach, describe, expect, it } from 'vitest';
import { createInquiry, transitionInquiry } from './inquiry-service';
import { sampleInquiry, tempApp } from '../testing/temp-app';
import { ReminderService } from './reminder-service';

describe('deadline reminders from the main-side services', () => {
  let app: ReturnType<typeof tempApp>;
  afterEach(() => app.close());

  // Received 2 March 2026 10:00 Warsaw: due 16 March (14 days), i.e. until 2026-03-16T23:00Z.
  const register = () => {
    const inquiry = createInquiry(app.ctx, { ...sampleInquiry, receivedAt: '2026-03-02T10:00:00+01:00' });
    transitionInquiry(app.ctx, { id: inquiry.id, action: 'start' });
    return inquiry;
  };

  it('fires each reminder once, a day and then two hours before the deadline', () => {
    app = tempApp({ now: '2026-03-10T09:00:00Z' });
    const inquiry = register();
    const service = new ReminderService(app.ctx);
    const early = service.tick();
    expect(early.fire).toEqual([]);
    expect(early.badge).toBe(0);

    app.setNow('2026-03-15T23:00:00Z'); // one day before
    const dayBefore = service.tick();
    // The answer itself, and the last day to notify an extension (art. 15 ust. 2 u.d.i.p.).
    expect(dayBefore.fire.map((r) => [r.kind, r.title, r.leadMinutes])).toEqual([
      ['answer', `${inquiry.regNo} ${inquiry.subject}`, 1440],
      ['extensionNotice', `${inquiry.regNo} ${inquiry.subject}`, 1440],
    ]);
    expect(dayBefore.badge).toBe(2); // already 16 March in Warsaw: both due today
    app.setNow('2026-03-15T23:01:00Z');
    expect(service.tick().fire).toEqual([]); // never twice

    app.setNow('2026-03-16T21:00:00Z'); // two hours before
    const twoHours = service.tick();
    expect(twoHours.fire.map((r) => r.leadMinutes)).toEqual([120, 120]);
    expect(twoHours.badge).toBe(2);
    expect(service.state().pending.map((r) => r.leadMinutes)).toEqual([1440, 1440, 120, 120]);
    expect(service.acknowledge().pending).toEqual([]);
  });

  it('uses the lead times set on this workstation', () => {
    app = tempApp({ now: '2026-03-16T21:32:00Z' }); // 92 min before the end of the due day in Warsaw
    register();
    app.settings.set({
      ...app.settings.get(),
      reminders: { ...app.settings.get().reminders, inquiries: [90] },
    });
    expect(new ReminderService(app.ctx).tick().fire.map((r) => r.leadMinutes)).toEqual([90, 90]);
  });

  it('shows a reminder missed while the app was closed once, at the next start, as a catch-up', () => {
    app = tempApp({ now: '2026-03-10T09:00:00Z' });
    register();
    new ReminderService(app.ctx).tick(); // the app ran on 10 March, then was closed
    app.setNow('2026-03-16T08:00:00Z'); // started again after the one-day reminder time
    const restarted = new ReminderService(app.ctx);
    const first = restarted.tick();
    expect(first.fire).toEqual([]);
    expect(first.catchUp.map((r) => [r.kind, r.leadMinutes])).toEqual([
      ['answer', 1440],
      ['extensionNotice', 1440],
    ]);
    expect(restarted.state().pending).toHaveLength(2);
    app.setNow('2026-03-16T08:01:00Z');
    expect(new ReminderService(app.ctx).tick().catchUp).toEqual([]); // not again after another restart
  });
});
