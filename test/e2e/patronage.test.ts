/**
 * Honorary patronage through the UI, in English, the browser in New York time (dates shown must be the
 * office's): an application that came 18 days before the event (the office asks for 30) is flagged as
 * late while it is typed and on its record, reviewed, granted by the mayor, answered with a numbered
 * decision letter (.docx) and put on the mayor's calendar. The server is then restarted on the same data
 * with the clock past the report's due day: the Today screen and the record show the overdue report, and
 * the applicant's next application names the patronage it has not reported on.
 *
 * Also: in the demo office the Today screen lists patronage next to inquiries and decisions.
 *
 * The tests in each describe run in order and share what they build up.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './api';
import {
  launchBrowser,
  settingsWith,
  startServer,
  useEnglishOffice,
  type RunningBrowser,
  type RunningServer,
} from './harness';
import { download, eventually, fact } from './ui';

const APPLICANT = 'Fundacja Muzyczna Pod Basztą';
const EVENT = 'Festiwal Chórów Szkolnych';
const NEXT_EVENT = 'Letnie Koncerty w Parku';
/** How the patronage's event and its obligations are titled (calendar, Today). */
const LISTED = `${EVENT} (${APPLICANT})`;

describe('honorary patronage (browser mode, English UI)', () => {
  let dataDir = '';
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;
  let recordId = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-patronage-'));
    server = await startServer({
      dataDir,
      now: '2027-03-10T10:00:00+01:00',
      settings: settingsWith({ language: 'en' }),
    });
    ui = await launchBrowser({ timezoneId: 'America/New_York' });
    page = ui.page;
  });
  afterAll(async () => {
    await ui?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const nav = (name: string) =>
    page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name, exact: true });

  async function fillApplication(title: string, start: string, end: string) {
    const form = page.getByRole('form', { name: 'New patronage application' });
    await form.getByLabel('Applicant organisation').fill(APPLICANT);
    await form.getByLabel('Contact person').fill('Joanna Baszta');
    await form.getByLabel('Contact (phone or e-mail)').fill('biuro@podbaszta.example');
    await form.getByLabel('Event title').fill(title);
    await form.getByLabel('Event starts').fill(start);
    await form.getByLabel('Event ends').fill(end);
    await form.getByLabel('Place', { exact: true }).fill('Amfiteatr Miejski');
    await form.getByLabel('Scope of the event').selectOption({ label: 'Regional' });
    await form.getByRole('checkbox', { name: 'Honorary patronage of the Mayor' }).check();
    return form;
  }

  it('flags the application as late while it is typed, and on its record once registered', async () => {
    await page.goto(server.url);
    await nav('Patronage').click();
    await page.getByRole('heading', { level: 1, name: 'Patronage' }).waitFor();
    await page.getByRole('link', { name: 'New application' }).click();
    await page.getByRole('heading', { level: 1, name: 'New patronage application' }).waitFor();

    const form = await fillApplication(EVENT, '2027-03-28T10:00', '2027-03-28T18:00');
    // "Received at" starts at now, in office time (not New York's).
    expect(await form.getByLabel('Received at').inputValue()).toMatch(/^2027-03-10T10:0\d$/);
    await form
      .getByText(
        'Filed 18 days before the event; the office requires at least 30 days — it will be flagged as late.',
      )
      .waitFor();

    await form.getByRole('button', { name: 'Register the application' }).click();
    await page.getByRole('heading', { level: 1, name: `Patronage: ${EVENT}` }).waitFor();
    recordId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    expect(recordId).not.toBe('');

    const late = page.getByRole('note').filter({ hasText: 'late application' });
    expect(await late.textContent()).toContain('Filed 18 days before the event; required 30 days');
    expect(await late.textContent()).toContain('It should have come by Fri, 26 Feb 2027.');
    expect(await fact(page, 'Status').textContent()).toContain('Late: filed 18 days before');
    expect(await fact(page, 'Applicant organisation').textContent()).toBe(APPLICANT);
    expect(await fact(page, 'Event date').textContent()).toBe('28 Mar 2027, 10:00 – 28 Mar 2027, 18:00');
    expect(await fact(page, 'What the applicant asks for').textContent()).toBe(
      'Honorary patronage of the Mayor',
    );
  });

  it('is reviewed against every criterion and granted by the mayor', async () => {
    await page.getByRole('button', { name: 'Start review' }).click();
    await eventually(() => fact(page, 'Status').textContent()).toContain('Under review');

    const checklist = page.getByRole('region', { name: 'Evaluation checklist' });
    const criteria = checklist.getByRole('group');
    const count = await criteria.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      const met = criteria.nth(i).getByRole('radio', { name: 'Met', exact: true });
      await met.check();
      await eventually(() => met.isChecked()).toBe(true);
    }
    const saved = await apiCall(server, 'patronage.get', { id: recordId });
    expect(Object.values(saved.application.checklist).map((a) => a.met)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);

    await page.getByRole('button', { name: 'Grant', exact: true }).click();
    const grant = page.getByRole('form', { name: 'Grant' });
    await grant.getByLabel('Decided by').fill('Burmistrz');
    await grant.getByRole('button', { name: 'Record the grant' }).click();
    await eventually(() => fact(page, 'Status').textContent()).toContain('Granted');
    expect(await fact(page, 'Decided by').textContent()).toBe('Burmistrz');
    const obligations = page.getByRole('region', { name: 'The applicant’s obligations' });
    expect(await obligations.textContent()).toContain('Report: due Tue, 27 Apr 2027, pending');
  });

  it('produces the numbered decision letter with the applicant and the conditions', async () => {
    const file = await download(page, page.getByRole('button', { name: 'Decision letter' }));
    expect(file.fileName).toMatch(/\.docx$/);
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain(APPLICANT);
    expect(text).toContain(EVENT);
    expect(text).toContain('28.03.2027');
    expect(text).toContain('najpóźniej 7 dni przed rozpoczęciem wydarzenia'); // logo approval
    expect(text).toContain('W terminie 30 dni od zakończenia wydarzenia'); // the report

    const documents = page.getByRole('region', { name: 'Documents' });
    const produced = documents.getByRole('status');
    await eventually(() => produced.textContent()).toMatch(
      /^Registered as BP\.0121\.\d+\.2027 and downloaded\.$/,
    );
    const regNo = /BP\.0121\.\d+\.2027/.exec((await produced.textContent()) ?? '')![0];
    const letters = documents.getByRole('table', { name: 'Letters produced' });
    await eventually(() => letters.textContent()).toContain(regNo);
  });

  it('puts the granted patronage on the mayor’s calendar', async () => {
    await nav('Calendar').click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    const calendar = page.getByRole('region', { name: 'Calendar' });
    await eventually(() => calendar.textContent()).toContain(LISTED);

    const { items } = await apiCall(server, 'calendar.list', {
      from: '2027-03-28T00:00:00+01:00',
      to: '2027-03-29T00:00:00+02:00',
    });
    const events = items.filter((i) => i.title === LISTED);
    expect(events).toEqual([expect.objectContaining({ status: 'confirmed', location: 'Amfiteatr Miejski' })]);
    expect(Date.parse(events[0]!.start)).toBe(Date.parse('2027-03-28T10:00:00+02:00'));
  });

  it('shows the overdue report on Today and on the record once its due day has passed', async () => {
    await server.stop();
    server = await startServer({ dataDir, now: '2027-04-28T09:00:00+02:00' });
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const overdue = page.getByRole('list', { name: /^Overdue \(\d+\)$/ });
    const report = overdue.getByRole('listitem').filter({ hasText: 'Patronage: report after the event' });
    await eventually(() => report.count()).toBe(1);
    expect(await report.textContent()).toMatch(/overdue by \d+ (day|days)/);
    expect(await report.textContent()).toContain('Tue, 27 Apr 2027');

    await report.getByRole('link', { name: LISTED }).click();
    await page.getByRole('heading', { level: 1, name: `Patronage: ${EVENT}` }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/patronage/${recordId}`);
    const obligations = page.getByRole('region', { name: 'The applicant’s obligations' });
    await eventually(() => obligations.textContent()).toContain('Report: due Tue, 27 Apr 2027, overdue');
  });

  it('names the unreported patronage on the same applicant’s next application', async () => {
    await nav('Patronage').click();
    await page.getByRole('link', { name: 'New application' }).click();
    const form = await fillApplication(NEXT_EVENT, '2027-07-03T17:00', '2027-07-03T21:00');
    await form.getByRole('button', { name: 'Register the application' }).click();
    await page.getByRole('heading', { level: 1, name: `Patronage: ${NEXT_EVENT}` }).waitFor();

    const missing = page
      .getByRole('note')
      .filter({ hasText: 'This applicant has not reported on earlier patronages:' });
    await missing.waitFor();
    expect(await missing.textContent()).toContain(`${EVENT} (report due Tue, 27 Apr 2027)`);
    expect(await fact(page, 'Status').textContent()).toContain('Missing reports from earlier patronages');

    await missing.getByRole('link', { name: EVENT }).click();
    await page.getByRole('heading', { level: 1, name: `Patronage: ${EVENT}` }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#/patronage/${recordId}`);
  });
});

describe('Today in the demo office (browser mode, English UI)', () => {
  let server: RunningServer;
  let page: Page;
  useEnglishOffice({ demo: true, now: '2026-11-23T09:00:00+01:00' }, (office) => ({ server, page } = office));

  it('lists overdue items of three modules, the patronage report linking to its record', async () => {
    await page.goto(server.url);
    await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    const overdue = page.getByRole('list', { name: /^Overdue \(\d+\)$/ });
    await overdue.waitFor();
    const entries = (await overdue.getByRole('listitem').allTextContents()).map((e) => e.trim());
    for (const kind of ['Inquiry: answer ', 'Decision ', 'Patronage: report after the event '])
      expect(entries.filter((e) => e.startsWith(kind)).length, kind).toBeGreaterThan(0);

    const report = overdue.getByRole('listitem').filter({ hasText: 'Patronage: report after the event' });
    await report.getByRole('link', { name: /^Bieg Niepodległości/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Patronage: Bieg Niepodległości' }).waitFor();
    const obligations = page.getByRole('region', { name: 'The applicant’s obligations' });
    expect(await obligations.textContent()).toMatch(/Report: due .+, overdue/);
  });
});
