import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../testing/temp-app';
import { api, type App } from '../services/agenda/test-helpers';
import { seedDemo } from './seed';

describe('the demo office', () => {
  let app: App;
  afterEach(() => app.close());

  it('fills contacts, patronage and authorizations with PL and UA records, some overdue, and links the history', async () => {
    app = tempApp({ now: '2026-11-23T09:00:00Z' });
    expect(await seedDemo(app.ctx)).toBe(true);
    app.ctx.reminders.tick();

    const contacts = await api(app, 'contacts.list', {});
    expect(contacts.items.some((c) => c.displayName === 'Суспільне Житомир')).toBe(true);
    expect(contacts.lists.map((l) => l.name)).toContain('Media lokalne');
    const radio = contacts.items.find((c) => c.displayName === 'Radio Kielce')!;
    const page = await api(app, 'contacts.get', { id: radio.id });
    expect(page.history.some((h) => h.module === 'inquiries')).toBe(true);
    expect((await api(app, 'contacts.duplicates', {})).length).toBeGreaterThan(0);

    const patronage = await api(app, 'patronage.list', {});
    expect(patronage.items.some((p) => p.eventTitle === 'Фестиваль української культури')).toBe(true);
    expect(patronage.items.find((p) => p.eventTitle === 'Zimowy Bieg Morsów')).toMatchObject({
      leadTime: { late: true },
      missingReports: [expect.objectContaining({ eventTitle: 'Bieg Niepodległości' })],
    });

    const authorizations = await api(app, 'authorizations.list', {});
    expect(authorizations.items.map((a) => a.effectiveStatus).sort()).toEqual([
      'authorized_with_changes',
      'awaiting',
      'awaiting',
      'deemed_authorized',
    ]);

    const today = await api(app, 'today.list', {});
    const modules = new Set([...today.overdue, ...today.today, ...today.upcoming].map((e) => e.module));
    expect([...modules].sort()).toEqual(['authorizations', 'decisions', 'inquiries', 'patronage']);
  });
});
