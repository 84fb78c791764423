import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, event, type App } from './test-helpers';

const text = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};

describe('agenda documents and iCalendar files', () => {
  let app: App;
  afterEach(() => app.close());

  async function week() {
    await api(
      app,
      'calendar.create',
      event({
        title: 'Sesja Rady Miasta',
        start: '2026-03-30T10:00:00+02:00',
        end: '2026-03-30T14:00:00+02:00',
        location: 'Sala Sesyjna',
      }),
    );
    await api(
      app,
      'calendar.create',
      event({
        title: 'Wizyta lekarska',
        private: true,
        location: 'Przychodnia',
        start: '2026-03-31T07:30:00+02:00',
        end: '2026-03-31T08:15:00+02:00',
      }),
    );
    await api(
      app,
      'calendar.create',
      event({
        title: 'Konferencja prasowa',
        calendarId: 'press',
        start: '2026-03-30T11:00:00+02:00',
        end: '2026-03-30T12:00:00+02:00',
      }),
    );
  }

  it('prints the mayor’s daily card of one day in the office’s time', async () => {
    app = tempApp({ now: '2026-03-27T09:00:00Z' });
    await week();
    const card = await api(app, 'calendar.dailyCardDocx', { calendarId: 'mayor', date: '2026-03-30' });
    const body = await text(card.base64);
    expect(body).toContain('Sesja Rady Miasta');
    expect(body).toContain('10:00');
    expect(body).toContain('Sala Sesyjna');
    expect(body).not.toContain('Konferencja prasowa'); // another calendar
    expect(body).not.toContain('Wizyta lekarska'); // another day
  });

  it('leaves private items out of the public weekly plan but keeps them in the internal one', async () => {
    app = tempApp({ now: '2026-03-27T09:00:00Z' });
    await week();
    const internal = await text(
      (
        await api(app, 'calendar.weeklyPlanDocx', {
          calendarId: 'mayor',
          date: '2026-04-01',
          audience: 'internal',
        })
      ).base64,
    );
    const published = await text(
      (
        await api(app, 'calendar.weeklyPlanDocx', {
          calendarId: 'mayor',
          date: '2026-04-01',
          audience: 'public',
        })
      ).base64,
    );
    expect(internal).toContain('Wizyta lekarska');
    expect(published).toContain('Sesja Rady Miasta');
    expect(published).not.toContain('Wizyta lekarska');
    expect(published).not.toContain('Przychodnia');
  });

  it('exports .ics with the zone and re-imports it without duplicates', async () => {
    app = tempApp({ now: '2026-03-27T09:00:00Z' });
    await week();
    const file = await api(app, 'calendar.exportIcs', {
      calendarId: 'mayor',
      from: '2026-03-30',
      to: '2026-04-05',
    });
    const ics = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('DTSTART;TZID=Europe/Warsaw:20260330T100000');
    expect(ics).toContain('SUMMARY:Sesja Rady Miasta');

    const again = await api(app, 'calendar.importIcs', { calendarId: 'mayor', text: ics });
    expect(again).toMatchObject({ created: 0, updated: 2, skipped: [] });
    const elsewhere = await api(app, 'calendar.importIcs', {
      calendarId: 'press',
      text: ics.replaceAll('@pressdesk', '@other.example'),
    });
    expect(elsewhere.created).toBe(2);
    const view = await api(app, 'calendar.list', {
      from: '2026-03-30T00:00:00+02:00',
      to: '2026-04-06T00:00:00+02:00',
      calendarIds: ['press'],
    });
    expect(view.items.map((i) => i.title).sort()).toEqual([
      'Konferencja prasowa',
      'Sesja Rady Miasta',
      'Wizyta lekarska',
    ]);
  });

  it('says plainly when a file is not iCalendar', async () => {
    app = tempApp();
    const error = await apiError(app, 'calendar.importIcs', { calendarId: 'mayor', text: 'Dzień dobry' });
    expect(error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'file', message: 'invalidIcsFile' }],
    });
  });
});
