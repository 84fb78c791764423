import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from '../../testing/temp-app';
import { api, apiError, type App } from '../agenda/test-helpers';

const application = {
  applicantName: 'Stowarzyszenie „Biegamy Razem”',
  contactPerson: 'Marta Zielińska',
  contact: 'biuro@biegamy.pl',
  eventTitle: 'Bieg Niepodległości 2027',
  eventStart: '2027-03-28T09:00:00+01:00',
  eventEnd: '2027-03-28T14:00:00+02:00', // across the spring clock change
  eventPlace: 'Park Miejski',
  scope: 'regional' as const,
  requests: ['honorary_patronage', 'prize_or_diploma'] as ('honorary_patronage' | 'prize_or_diploma')[],
  receivedAt: '2027-03-10T10:00:00+01:00',
};

async function decide(app: App, id: string) {
  const { application } = await api(app, 'patronage.get', { id });
  if (application.status === 'received')
    await api(app, 'patronage.transition', { id, action: 'startReview' });
  const criteria = (await api(app, 'patronage.get', { id })).criteria;
  for (const c of criteria) await api(app, 'patronage.answer', { id, criterionId: c.id, met: true });
}

const docText = async (base64: string) => {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};

describe('honorary patronage', () => {
  let app: App;
  afterEach(() => app.close());

  it('flags a late application (18 days before the event, 30 required) and puts the event on the calendar', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const created = await api(app, 'patronage.create', application);
    expect(created.leadTime).toEqual({ late: true, daysBefore: 18, latestOnTimeDate: '2027-02-26' });
    expect(created.status).toBe('received');
    const events = await api(app, 'calendar.list', {
      from: '2027-03-28T00:00:00+01:00',
      to: '2027-03-29T00:00:00+02:00',
    });
    expect(events.items.find((e) => e.eventId === created.calendarEventId)).toMatchObject({
      status: 'planned',
      location: 'Park Miejski',
    });
  });

  it('will not decide until the checklist is answered, grants, and makes a registered decision letter stating the office terms', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const { id } = await api(app, 'patronage.create', application);
    await api(app, 'patronage.transition', { id, action: 'startReview' });
    const early = await apiError(app, 'patronage.transition', {
      id,
      action: 'grant',
      decidedAt: '2027-03-12T12:00:00+01:00',
      decidedBy: 'Prezydent Miasta',
    });
    expect(early.code).toBe('VALIDATION');
    expect(early.issues.map((i) => i.message)).toContain('checklistUnanswered');

    await decide(app, id);
    const granted = await api(app, 'patronage.transition', {
      id,
      action: 'grant',
      decidedAt: '2027-03-12T12:00:00+01:00',
      decidedBy: 'Prezydent Miasta',
    });
    expect(granted.status).toBe('granted');
    expect(granted.obligations).toEqual([
      { kind: 'logoApproval', dueDate: '2027-03-21', status: 'pending', daysLeft: 11 },
      { kind: 'report', dueDate: '2027-04-27', status: 'pending', daysLeft: 48 },
    ]);

    const { file, letter } = await api(app, 'patronage.decisionLetter', { id, date: '2027-03-12' });
    expect(letter).toMatchObject({
      kind: 'patronage_decision',
      regYear: 2027,
      recipientName: application.applicantName,
    });
    const text = await docText(file.base64);
    expect(text).toContain('wyrażam zgodę na objęcie patronatem');
    expect(text).toContain('najpóźniej 7 dni przed rozpoczęciem');
    expect(text).toContain('W terminie 30 dni od zakończenia');
    expect(text).toContain('28.03.2027');
    const detail = await api(app, 'patronage.get', { id });
    expect(detail.letters.map((l) => l.regNo)).toEqual([letter.regNo]);

    const diploma = await api(app, 'patronage.diploma', { id, date: '2027-03-28' });
    expect(await docText(diploma.file.base64)).toContain('Bieg Niepodległości 2027');
  });

  it('a refusal letter gives the reason and no conditions', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const { id } = await api(app, 'patronage.create', application);
    await decide(app, id);
    await api(app, 'patronage.transition', {
      id,
      action: 'refuse',
      decidedAt: '2027-03-12T12:00:00+01:00',
      decidedBy: 'Prezydent Miasta',
      reason: 'Wydarzenie ma charakter komercyjny.',
    });
    const text = await docText(
      (await api(app, 'patronage.decisionLetter', { id, date: '2027-03-12' })).file.base64,
    );
    expect(text).toContain('nie wyrażam zgody');
    expect(text).toContain('Wydarzenie ma charakter komercyjny.');
    expect(text).not.toContain('W terminie 30 dni');
    const events = await api(app, 'calendar.list', {
      from: '2027-03-28T00:00:00+01:00',
      to: '2027-03-29T00:00:00+02:00',
    });
    expect(events.items[0]?.status).toBe('cancelled');
  });

  it('a missing report shows on Today, in the register and on the applicant’s next application', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const { id } = await api(app, 'patronage.create', application);
    await decide(app, id);
    await api(app, 'patronage.transition', {
      id,
      action: 'grant',
      decidedAt: '2027-03-12T12:00:00+01:00',
      decidedBy: 'Prezydent',
    });
    await api(app, 'patronage.logoApproval', { id, at: '2027-03-15T10:00:00+01:00' });
    const early = await apiError(app, 'patronage.report', { id, receivedAt: '2027-03-20T10:00:00+01:00' });
    expect(early).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'eventNotEnded' } });

    app.setNow('2027-04-28T09:00:00+02:00'); // the day after the report was due
    const today = await api(app, 'today.list', {});
    expect(today.overdue).toEqual([
      expect.objectContaining({ module: 'patronage', kind: 'report', recordId: id, dueDate: '2027-04-27' }),
    ]);
    const next = await api(app, 'patronage.create', {
      ...application,
      applicantName: 'Stowarzyszenie Biegamy Razem',
      eventTitle: 'Bieg Jesienny 2027',
      eventStart: '2027-10-10T09:00:00+02:00',
      eventEnd: '2027-10-10T13:00:00+02:00',
      receivedAt: '2027-04-28T09:00:00+02:00',
    });
    expect(next.leadTime.late).toBe(false);
    expect(next.missingReports).toEqual([
      { id, eventTitle: 'Bieg Niepodległości 2027', dueDate: '2027-04-27' },
    ]);

    const register = await api(app, 'patronage.exportXlsx', { overdueOnly: true });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(register.base64, 'base64') as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(3).value).toBe('Bieg Niepodległości 2027');

    await api(app, 'patronage.report', {
      id,
      receivedAt: '2027-04-28T08:00:00+02:00',
      note: 'Sprawozdanie ze zdjęciami',
    });
    expect((await api(app, 'today.list', {})).overdue).toEqual([]);
  });

  it('keeps what the decision states: a granted application’s title cannot change, its date can (and the event moves)', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const { id } = await api(app, 'patronage.create', application);
    await decide(app, id);
    await api(app, 'patronage.transition', {
      id,
      action: 'grant',
      decidedAt: '2027-03-12T12:00:00+01:00',
      decidedBy: 'Prezydent',
    });
    const refused = await apiError(app, 'patronage.update', { id, eventTitle: 'Inny tytuł' });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'patronageDecided' } });
    const bad = await apiError(app, 'patronage.update', { id, eventEnd: '2027-03-28T08:00:00+01:00' });
    expect(bad.issues).toEqual([{ path: 'eventEnd', message: 'endBeforeStart' }]);
    await api(app, 'patronage.update', {
      id,
      eventStart: '2027-04-04T09:00:00+02:00',
      eventEnd: '2027-04-04T14:00:00+02:00',
    });
    const events = await api(app, 'calendar.list', {
      from: '2027-04-04T00:00:00+02:00',
      to: '2027-04-05T00:00:00+02:00',
    });
    expect(events.items).toHaveLength(1);
    expect(events.items[0]?.status).toBe('confirmed');
  });

  it('keeps the name a file came with and downloads it under that name', async () => {
    app = tempApp({ now: '2027-03-10T10:00:00+01:00' });
    const { id } = await api(app, 'patronage.create', application);
    const pdf = Buffer.from('%PDF-1.4 programme').toString('base64');
    const view = await api(app, 'patronage.attach', {
      id,
      target: 'application',
      file: { fileName: 'Program biegu.pdf', base64: pdf },
    });
    const sha = view.attachments[0]!;
    expect(view.fileNames).toEqual({ [sha]: 'Program biegu.pdf' });
    expect(await api(app, 'patronage.attachment', { id, sha256: sha })).toEqual({
      fileName: 'Program biegu.pdf',
      mimeType: 'application/pdf',
      base64: pdf,
    });
    // A report's photo before the grant is refused, and its name is not kept either.
    const refused = await apiError(app, 'patronage.attach', {
      id,
      target: 'report',
      file: { fileName: 'meta.jpg', base64: Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64') },
    });
    expect(refused).toMatchObject({ code: 'NOT_ALLOWED', params: { reason: 'patronageNotGranted' } });
    expect(Object.values((await api(app, 'patronage.get', { id })).application.fileNames ?? {})).toEqual([
      'Program biegu.pdf',
    ]);
  });
});
