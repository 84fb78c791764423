/**
 * One inquiry's life through the UI, in English, with the server clock pinned to 10 Dec 2025:
 * register → deadline and its explanation → extension (refused beyond the cap, then accepted) → answer →
 * answer letter → register list and folded search → Excel export → history.
 *
 * The tests in this file run in order and share the inquiry they build up.
 * The browser runs in New York time on purpose: every date must still be the office's (Europe/Warsaw).
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './api';
import { launchBrowser, settingsWith, startServer, type RunningBrowser, type RunningServer } from './harness';
import { download, eventually, fact, tableRows } from './ui';

const REG_NO = 'BP.1431.1.2025';
const SUBJECT = 'Koszt przebudowy dworca Łódź Fabryczna — wydatki gminy';
const QUESTION = 'Proszę o podanie łącznego kosztu przebudowy oraz źródeł finansowania.';
const ANSWER = 'Łączny koszt wyniósł 12,5 mln zł; źródła: budżet miasta i środki unijne.';
const FIRST_USER = 'Ewa Testowa';
const SECOND_USER = 'Jan Kowalski';

describe('inquiry lifecycle (browser mode, English UI)', () => {
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;
  let inquiryId = '';

  beforeAll(async () => {
    server = await startServer({
      now: '2025-12-10T09:00:00+01:00',
      settings: settingsWith({ language: 'en' }, FIRST_USER),
    });
    ui = await launchBrowser({ timezoneId: 'America/New_York' });
    page = ui.page;
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
  });

  const deadline = () => page.getByRole('region', { name: 'Deadline', exact: true });
  const explanation = () => deadline().getByRole('list').first().getByRole('listitem').allTextContents();

  it('registers an inquiry and shows the Wigilia deadline with its explanation', async () => {
    await page.goto(`${server.url}#/inquiries`);
    await page.getByRole('heading', { level: 1, name: "Journalists' inquiries" }).waitFor();
    await page.getByRole('link', { name: 'Register an inquiry' }).click();
    await page.getByRole('heading', { level: 1, name: 'New inquiry' }).waitFor();

    await page.getByLabel('Received at').fill('2025-12-10T09:00');
    await page.getByLabel('Channel').selectOption({ label: 'E-mail' });
    await page.getByLabel('Journalist', { exact: true }).fill('Anna Wiśniewska');
    await page.getByLabel('Outlet', { exact: true }).fill('Dziennik Łódzki');
    await page.getByLabel('Outlet type').selectOption({ label: 'Daily' });
    await page.getByLabel('Contact', { exact: true }).fill('a.wisniewska@dziennik.example');
    await page.getByLabel('Subject').fill(SUBJECT);
    await page.getByLabel('Question').fill(QUESTION);
    const legalBasis = page.getByLabel('Legal basis');
    await eventually(() => legalBasis.inputValue()).toBe('PL-UDIP-PROVIDE');
    // The statutory deadline is previewed before anything is saved.
    const preview = page.getByRole('region', { name: 'Statutory deadline' });
    await eventually(() => preview.textContent()).toContain('Mon, 29 Dec 2025');

    await page.getByRole('button', { name: 'Register', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `${REG_NO}: ${SUBJECT}` }).waitFor();
    inquiryId = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    expect(inquiryId).not.toBe('');

    expect(await fact(page, 'Status').textContent()).toBe('New');
    expect(await fact(page, 'Received at').textContent()).toContain('10 Dec 2025, 09:00');
    // 10 Dec + 14 days = Wed 24 Dec (Wigilia, a public holiday since 2025); 25, 26, 27, 28 are off too.
    expect(await page.getByTestId('due-date').textContent()).toBe('Mon, 29 Dec 2025');
    await page.getByText('Why is it due then?').waitFor();
    const steps = await explanation();
    expect(steps).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Rule: art\. 13 ust\. 1, Ustawa o dostępie do informacji publicznej/),
        'Received on Wed, 10 Dec 2025 at 09:00 (Europe/Warsaw, UTC+01:00).',
        '14 days from then end on Wed, 24 Dec 2025.',
        'Skipped Wed, 24 Dec 2025: Christmas Eve.',
        'Skipped Thu, 25 Dec 2025: Christmas Day.',
        expect.stringMatching(/^Skipped Fri, 26 Dec 2025: /),
        'Skipped Sat, 27 Dec 2025: Saturday.',
        'Skipped Sun, 28 Dec 2025: Sunday.',
        'Wed, 24 Dec 2025 is not a working day, so the term ends on Mon, 29 Dec 2025.',
      ]),
    );
    expect(await deadline().textContent()).toContain('Legal basis: art. 13 ust. 1');
  });

  it('refuses an extension beyond the 2-month cap, saving nothing, then extends within it', async () => {
    const historyBefore = await apiCall(server, 'inquiries.history', { id: inquiryId });

    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    const form = page.getByRole('form', { name: 'Extend the deadline' });
    await form.getByLabel('New due date').fill('2026-02-20');
    await form.getByLabel('Reason').fill('Dane trzeba zebrać z trzech wydziałów.');
    await form.getByLabel('Notice to the requester sent at').fill('2025-12-15T10:00');
    await form.getByRole('button', { name: 'Confirm' }).click();

    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      'The deadline cannot be set this way. Nothing was saved. ' +
        'The new date Fri, 20 Feb 2026 is beyond the statutory maximum Tue, 10 Feb 2026.',
    );
    expect(await fact(page, 'Status').textContent()).toBe('New');
    const unchanged = await apiCall(server, 'inquiries.get', { id: inquiryId });
    expect(unchanged.inquiry).toMatchObject({ status: 'new', extensionDueDate: null, dueDate: '2025-12-29' });
    expect(await apiCall(server, 'inquiries.history', { id: inquiryId })).toHaveLength(historyBefore.length);

    await form.getByLabel('New due date').fill('2026-02-09');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('status').filter({ hasText: 'Done: Extend the deadline' }).waitFor();
    await eventually(() => fact(page, 'Status').textContent()).toBe('Extended');
    await eventually(() => page.getByTestId('due-date').textContent()).toBe('Mon, 9 Feb 2026');
    expect(await deadline().textContent()).toContain(
      'Extension: Mon, 9 Feb 2026 — Dane trzeba zebrać z trzech wydziałów.',
    );
    expect(await explanation()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Extended from Mon, 29 Dec 2025 to Mon, 9 Feb 2026 \(statutory maximum Tue, 10 Feb 2026\)/,
        ),
      ]),
    );
  });

  it('records who works: changes the user name in Settings', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Settings' })
      .click();
    const name = page.getByLabel('Your name (recorded with every change)');
    await eventually(() => name.inputValue()).toBe(FIRST_USER);
    await name.fill(SECOND_USER);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Settings saved.' }).waitFor();
  });

  it('records the answer and downloads the answer letter', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Inquiries' })
      .click();
    await page
      .getByRole('table', { name: 'Inquiries register' })
      .getByRole('link', { name: REG_NO, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: `${REG_NO}: ${SUBJECT}` }).waitFor();

    await page.getByRole('button', { name: 'Record the answer' }).click();
    const form = page.getByRole('form', { name: 'Record the answer' });
    await form.getByLabel('Answer text').fill(ANSWER);
    await form.getByLabel('Sent at').fill('2025-12-22T12:00');
    await form.getByLabel('Sent via').selectOption({ label: 'E-mail' });
    await form.getByRole('button', { name: 'Confirm' }).click();

    await eventually(() => fact(page, 'Status').textContent()).toBe('Answered');
    await page.getByText('This inquiry is closed.').waitFor();
    const answer = page.getByRole('region', { name: 'Answer', exact: true });
    expect(await answer.textContent()).toContain(ANSWER);
    expect(await answer.textContent()).toContain('Sent at: 22 Dec 2025, 12:00 (E-mail)');

    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    const letter = await download(page, documents.getByRole('button', { name: 'Answer letter (.docx)' }));
    expect(letter.fileName).toBe(`${REG_NO}-answer.docx`);
    expect(letter.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const zip = await JSZip.loadAsync(letter.bytes);
    const documentXml = await zip.file('word/document.xml')?.async('string');
    expect(documentXml).toBeDefined();
    expect(documentXml).toContain(SUBJECT);
    expect(documentXml).toContain('Anna Wiśniewska');
  });

  it('shows who changed the status in the History table', async () => {
    const history = page.getByRole('table', { name: 'History' });
    const statusRows = async () =>
      (await tableRows(history)).filter((cells) => cells[2] === 'Status').map((cells) => cells.slice(1, 4));
    await eventually(statusRows).toEqual([
      [FIRST_USER, 'Status', 'New'],
      [FIRST_USER, 'Status', 'Extended'],
      [SECOND_USER, 'Status', 'Answered'],
    ]);
  });

  it('lists the inquiry in the register and finds it by a folded word', async () => {
    // A second inquiry that must not match the search.
    await apiCall(server, 'inquiries.create', {
      receivedAt: '2025-12-09T10:00:00+01:00',
      channel: 'phone',
      journalistName: 'Piotr Zieliński',
      outletName: 'Radio Kraków',
      outletType: 'radio',
      subject: 'Budżet obywatelski na rok 2026',
      question: 'Ile projektów zgłoszono?',
      jurisdiction: 'PL',
    });

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Inquiries' })
      .click();
    const register = page.getByRole('table', { name: 'Inquiries register' });
    await page.getByRole('status').filter({ hasText: 'Showing 2 of 2' }).waitFor();
    const row = register
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: REG_NO, exact: true }) });
    const cells = (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
    expect(cells).toContain(SUBJECT);
    expect(cells).toContain('Answered');
    expect(cells).toContain('Mon, 9 Feb 2026');

    await page.getByRole('searchbox', { name: 'Search' }).fill('lodz');
    await page.getByRole('status').filter({ hasText: 'Showing 1 of 1' }).waitFor();
    const found = (await tableRows(register)).filter((r) => r.length > 0);
    expect(found).toHaveLength(1);
    expect(found[0]?.[0]).toBe(REG_NO);
    expect(found[0]).toContain(SUBJECT);
  });

  it('exports the filtered register to Excel with English headers and Polish text intact', async () => {
    const button = page.getByRole('button', { name: 'Export to Excel' });
    const file = await download(page, button);
    expect(file.fileName).toBe('inquiries-2025-12-10.xlsx');

    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type; a plain ArrayBuffer is what it reads at run time.
    await workbook.xlsx.load(Uint8Array.from(file.bytes).buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Press inquiry register');
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 3)).toEqual(['Reg. no.', 'Received at', 'Channel']);
    const column = (header: string) => {
      const index = headers.indexOf(header);
      expect(index, `column "${header}"`).toBeGreaterThanOrEqual(0);
      return index + 1;
    };

    // The search ('lodz') is still active: the export holds exactly the filtered register.
    expect(sheet.actualRowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(column('Reg. no.')).value).toBe(REG_NO);
    expect(row.getCell(column('Subject')).value).toBe(SUBJECT);
    expect(row.getCell(column('Journalist')).value).toBe('Anna Wiśniewska');
    expect(row.getCell(column('Status')).value).toBe('Answered');
    const due = row.getCell(column('Due')).value;
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe('2026-02-09');
    const received = row.getCell(column('Received at')).value;
    expect(received).toBeInstanceOf(Date);
    // Office wall clock, not UTC and not the browser's zone.
    expect((received as Date).toISOString().slice(0, 16)).toBe('2025-12-10T09:00');
  });
});
