import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, event, rows, type App } from './test-helpers';

const application = {
  receivedAt: '2026-03-02T09:15:00+01:00',
  applicantKind: 'organisation' as const,
  applicantName: 'Maria Kowalczyk',
  organisation: 'Stowarzyszenie Mieszkańców Osiedla Słoneczne',
  contact: 'm.kowalczyk@sloneczne.example',
  topic: 'Przejście dla pieszych przy szkole',
  preferredDates: 'wtorki po 15:00',
  participantsCount: 6,
};
const slot = { start: '2026-03-10T15:00:00+01:00', end: '2026-03-10T15:30:00+01:00' };

describe('meetings with residents', () => {
  let app: App;
  afterEach(() => app.close());

  it('schedules an application into the mayor’s calendar, flagging a clash first', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    await api(app, 'calendar.create', event({ ...slot, title: 'Komisja budżetowa' }));
    const created = await api(app, 'meetings.createApplication', application);
    expect(created.status).toBe('received');

    const refused = await api(app, 'meetings.schedule', { id: created.id, calendarId: 'mayor', ...slot });
    expect(refused).toMatchObject({ scheduled: false, application: { status: 'received' } });
    expect(refused.conflicts[0]?.other.title).toBe('Komisja budżetowa');

    const later = { start: '2026-03-10T16:00:00+01:00', end: '2026-03-10T16:30:00+01:00' };
    const done = await api(app, 'meetings.schedule', {
      id: created.id,
      calendarId: 'mayor',
      ...later,
      location: 'pok. 101',
    });
    expect(done.application).toMatchObject({
      status: 'scheduled',
      scheduledStart: '2026-03-10T16:00:00+01:00',
    });
    const { event: meeting } = await api(app, 'calendar.get', { id: done.application.eventId! });
    expect(meeting).toMatchObject({ type: 'residents_meeting', location: 'pok. 101', calendarId: 'mayor' });
    expect(meeting.title).toContain('Maria Kowalczyk');

    const letter = await api(app, 'meetings.confirmationDocx', { id: created.id });
    expect(letter.fileName).toMatch(/\.docx$/);
  });

  it('needs a reason to decline, and a withdrawn application cancels its meeting', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const first = await api(app, 'meetings.createApplication', application);
    expect((await apiError(app, 'meetings.decline', { id: first.id, reason: ' ' })).issues).toEqual([
      { path: 'reason', message: 'required' },
    ]);
    const declined = await api(app, 'meetings.decline', { id: first.id, reason: 'Sprawa sądowa' });
    expect(declined).toMatchObject({ status: 'declined', declineReason: 'Sprawa sądowa' });
    expect(
      (await apiError(app, 'meetings.schedule', { id: first.id, calendarId: 'mayor', ...slot })).code,
    ).toBe('NOT_ALLOWED');

    const second = await api(app, 'meetings.createApplication', application);
    const { application: scheduled } = await api(app, 'meetings.schedule', {
      id: second.id,
      calendarId: 'mayor',
      ...slot,
    });
    await api(app, 'meetings.withdraw', { id: second.id });
    expect((await api(app, 'calendar.get', { id: scheduled.eventId! })).event.status).toBe('cancelled');
  });

  it('keeps a record of the held meeting linked to its event', async () => {
    app = tempApp({ now: '2026-03-02T09:00:00Z' });
    const { event: held } = await api(app, 'calendar.create', event({ type: 'residents_meeting' }));
    expect((await api(app, 'meetings.record', { eventId: held!.id })).record).toBeNull();
    const input = {
      eventId: held!.id,
      title: 'Spotkanie z mieszkańcami osiedla Ogrody',
      attendeesPeople: ['Jan Malinowski'],
      attendeesOrganisations: ['Rada Osiedla Ogrody'],
      attendeesCount: 46,
      agenda: [{ title: 'Oświetlenie ul. Polnej', notes: '' }],
    };
    await api(app, 'meetings.saveRecord', input);
    await api(app, 'meetings.saveRecord', { ...input, attendeesCount: 48 });
    const { record } = await api(app, 'meetings.record', { eventId: held!.id });
    expect(record).toMatchObject({ attendeesCount: 48, agenda: [{ title: 'Oświetlenie ul. Polnej' }] });
    expect(rows(app, 'meeting_records')).toBe(1);
  });
});

describe('protocols and decisions', () => {
  let app: App;
  afterEach(() => app.close());

  async function draftWithTwoDecisions() {
    const protocol = await api(app, 'protocols.create', {
      title: 'Protokół ze spotkania z mieszkańcami',
      date: '2026-03-02',
      place: 'SP nr 3',
      chair: 'Jan Malinowski',
      minutes: 'Mieszkańcy zgłosili brak oświetlenia.',
    });
    const lights = await api(app, 'decisions.create', {
      protocolId: protocol.id,
      title: 'Uzupełnić oświetlenie ul. Polnej',
      departmentId: 'wgk',
      dueDate: '2026-03-20',
    });
    const playground = await api(app, 'decisions.create', {
      protocolId: protocol.id,
      title: 'Harmonogram remontu placu zabaw',
      dueDate: '2026-04-10',
    });
    return { protocol, lights, playground };
  }

  it('locks an approved protocol; a new version needs a reason and every approved version is kept', async () => {
    app = tempApp({ now: '2026-03-02T18:00:00Z', userName: 'Elżbieta Sęk' });
    const { protocol, lights } = await draftWithTwoDecisions();
    const approved = await api(app, 'protocols.approve', { id: protocol.id });
    expect(approved).toMatchObject({ status: 'approved', version: 1, approvedBy: 'Elżbieta Sęk' });

    const before = rows(app, 'change_log');
    expect((await apiError(app, 'protocols.update', { id: protocol.id, minutes: 'Inaczej' })).code).toBe(
      'LOCKED',
    );
    expect((await apiError(app, 'decisions.update', { id: lights.id, dueDate: '2026-05-01' })).code).toBe(
      'LOCKED',
    );
    expect(
      (
        await apiError(app, 'decisions.create', {
          protocolId: protocol.id,
          title: 'X',
          dueDate: '2026-05-01',
        })
      ).code,
    ).toBe('LOCKED');
    expect(rows(app, 'change_log')).toBe(before);

    expect((await apiError(app, 'protocols.newVersion', { id: protocol.id, reason: '' })).code).toBe(
      'VALIDATION',
    );
    const reopened = await api(app, 'protocols.newVersion', {
      id: protocol.id,
      reason: 'Błąd w nazwie ulicy',
    });
    expect(reopened).toMatchObject({ status: 'draft', version: 2, revisionReason: 'Błąd w nazwie ulicy' });
    await api(app, 'protocols.update', {
      id: protocol.id,
      minutes: 'Mieszkańcy ul. Polnej zgłosili brak oświetlenia.',
    });
    await api(app, 'protocols.approve', { id: protocol.id });

    const { versions, protocol: current } = await api(app, 'protocols.get', { id: protocol.id });
    expect(current.version).toBe(2);
    expect(versions.map((v) => [v.version, v.reason, v.snapshot.minutes])).toEqual([
      [1, null, 'Mieszkańcy zgłosili brak oświetlenia.'],
      [2, 'Błąd w nazwie ulicy', 'Mieszkańcy ul. Polnej zgłosili brak oświetlenia.'],
    ]);
    expect(versions[0]?.snapshot.decisions.map((d) => d.title)).toEqual([
      'Uzupełnić oświetlenie ul. Polnej',
      'Harmonogram remontu placu zabaw',
    ]);
  });

  it('refuses approval without a chair or minutes', async () => {
    app = tempApp({ now: '2026-03-02T18:00:00Z' });
    const protocol = await api(app, 'protocols.create', { title: 'Narada', date: '2026-03-02' });
    const error = await apiError(app, 'protocols.approve', { id: protocol.id });
    expect(error.issues.map((i) => i.path)).toEqual(['chair', 'minutes']);
  });

  it('computes overdue from the office calendar and puts overdue first in the control view', async () => {
    app = tempApp({ now: '2026-03-02T18:00:00Z' });
    const { protocol, lights, playground } = await draftWithTwoDecisions();
    await api(app, 'protocols.approve', { id: protocol.id });
    // Follow-up stays open after approval.
    await api(app, 'decisions.progress', {
      id: playground.id,
      status: 'done',
      note: 'Harmonogram przekazany.',
    });
    await api(app, 'decisions.progress', { id: lights.id, progress: 30, note: 'Zlecono przegląd.' });

    app.setNow('2026-03-20T22:30:00Z'); // 23:30 in Warsaw on the due day: still on time
    let control = await api(app, 'decisions.list', { openOnly: true });
    expect(control.items.map((d) => [d.title, d.viewStatus, d.overdueDays])).toEqual([
      ['Uzupełnić oświetlenie ul. Polnej', 'in_progress', 0],
    ]);

    app.setNow('2026-03-23T08:00:00Z');
    control = await api(app, 'decisions.list', { status: ['overdue'] });
    expect(control.items.map((d) => [d.title, d.viewStatus, d.overdueDays, d.progress])).toEqual([
      ['Uzupełnić oświetlenie ul. Polnej', 'overdue', 3, 30],
    ]);
    const all = await api(app, 'decisions.list', {});
    expect(all.items.map((d) => d.viewStatus)).toEqual(['overdue', 'done']);
    expect(all.items[1]).toMatchObject({ progress: 100, overdueDays: 0 });

    const timeline = await api(app, 'decisions.notes', { id: playground.id });
    expect(timeline).toEqual([
      expect.objectContaining({ text: 'Harmonogram przekazany.', status: 'done', progress: 100 }),
    ]);
    const register = await api(app, 'decisions.exportXlsx', { departmentId: 'wgk' });
    expect(register.fileName).toMatch(/\.xlsx$/);
  });

  it('asks for the reason when a decision is cancelled', async () => {
    app = tempApp({ now: '2026-03-02T18:00:00Z' });
    const { lights } = await draftWithTwoDecisions();
    const error = await apiError(app, 'decisions.progress', { id: lights.id, status: 'cancelled' });
    expect(error.issues).toEqual([{ path: 'cancelReason', message: 'required' }]);
    const cancelled = await api(app, 'decisions.progress', {
      id: lights.id,
      status: 'cancelled',
      cancelReason: 'Inwestycja wojewódzka',
    });
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Inwestycja wojewódzka' });
  });
});
