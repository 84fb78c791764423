/**
 * A meeting with residents through the UI, in English, clock pinned to Monday 2 March 2026 in Warsaw:
 * application → scheduled into the mayor's calendar → meeting record → protocol with two decisions →
 * approved and locked → one decision done → after restarting with the clock moved to 10 March, the
 * other is in the overdue control view. Then the day's card and the .ics of that day are checked.
 * The browser runs in New York time on purpose: every time shown must be the office's.
 */
import JSZip from 'jszip';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall } from './api';
import { launchBrowser, settingsWith, startServer, type RunningBrowser, type RunningServer } from './harness';
import { eventually } from './ui';

const SETTINGS = settingsWith(
  {
    language: 'en',
    departments: [
      { id: 'wgk', name: 'Municipal Services Department' },
      { id: 'wi', name: 'Investment Department' },
    ],
    people: [
      { id: 'kdab', name: 'Krzysztof Dąbrowski', departmentId: 'wgk', position: '' },
      { id: 'mwis', name: 'Magdalena Wiśniewska', departmentId: 'wi', position: '' },
    ],
  },
  'Elżbieta Sęk',
);
const APPLICANT = 'Maria Kowalczyk';
const LIGHTS = 'Repair the street lights on Polna Street';
const PLAYGROUND = 'Present the playground repair schedule';

describe('meeting with residents to the control of decisions (browser mode)', () => {
  let dataDir = '';
  let server: RunningServer;
  let ui: RunningBrowser;
  let page: Page;
  let protocolUrl = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'pressdesk-e2e-meetings-'));
    server = await startServer({ dataDir, now: '2026-03-02T09:00:00+01:00', settings: SETTINGS });
    ui = await launchBrowser({ timezoneId: 'America/New_York' });
    page = ui.page;
  });

  afterAll(async () => {
    await ui?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('takes an application and schedules it into the mayor’s calendar', async () => {
    await page.goto(server.url);
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Meetings' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await page.getByRole('button', { name: 'New application' }).click();
    const form = page.getByRole('form', { name: 'New application to meet the mayor' });
    await form.getByRole('combobox', { name: 'The applicant is' }).selectOption({ label: 'an organisation' });
    await form.getByRole('textbox', { name: 'Name' }).fill(APPLICANT);
    await form
      .getByRole('textbox', { name: 'Organisation' })
      .fill('Stowarzyszenie Mieszkańców Osiedla Słoneczne');
    await form
      .getByRole('textbox', { name: 'Contact (phone, e-mail or address)' })
      .fill('m.kowalczyk@example.org');
    await form.getByRole('textbox', { name: 'Topic' }).fill('Street lights and the playground');
    await form.getByRole('button', { name: 'Register the application' }).click();
    await page.getByText(`The application of ${APPLICANT} was registered.`).waitFor();

    await page.getByRole('link', { name: APPLICANT }).click();
    await page.getByRole('heading', { level: 1, name: `Application of ${APPLICANT}` }).waitFor();
    await page.getByRole('button', { name: 'Schedule' }).click();
    const schedule = page.getByRole('form', { name: 'Schedule the meeting' });
    await schedule.getByRole('combobox', { name: 'Calendar' }).selectOption({ label: 'Mayor' });
    await schedule.getByLabel('Start', { exact: true }).fill('2026-03-04T17:00');
    await schedule.getByLabel('End', { exact: true }).fill('2026-03-04T19:00');
    await schedule.getByRole('textbox', { name: 'Location' }).fill('Primary School No. 3, hall');
    await schedule.getByRole('button', { name: 'Put it in the calendar' }).click();
    await page.getByText('The meeting is in the calendar.').waitFor();
  });

  it('records the held meeting and writes its protocol with two decisions, then approves it', async () => {
    await page.getByRole('link', { name: 'Meeting record' }).click();
    const record = page.getByRole('form', { name: 'Record of the meeting' });
    await record.waitFor();
    await record
      .getByRole('textbox', { name: 'People present (one per line)' })
      .fill('Jan Malinowski\nEwa Zielińska');
    await record
      .getByRole('textbox', { name: 'Organisations present (one per line)' })
      .fill('Rada Osiedla Słoneczne');
    await record.getByRole('spinbutton', { name: 'Number of attendees' }).fill('46');
    await record.getByRole('button', { name: 'Add an agenda item' }).click();
    await record.getByRole('textbox', { name: 'Item 1: title' }).fill('Street lights on Polna Street');
    await record.getByRole('button', { name: 'Write the protocol' }).click();
    await page.getByText('Draft', { exact: true }).waitFor();
    protocolUrl = page.url();

    await page.getByRole('textbox', { name: 'Chair' }).fill('Jan Malinowski, Mayor');
    await page.getByRole('textbox', { name: 'Minutes' }).fill('Residents reported broken street lights.');
    for (const [title, due, person] of [
      [LIGHTS, '2026-03-06', 'Krzysztof Dąbrowski (Municipal Services Department)'],
      [PLAYGROUND, '2026-03-20', 'Magdalena Wiśniewska (Investment Department)'],
    ] as const) {
      await page.getByRole('button', { name: 'Add a decision' }).click();
      const editor = page.getByRole('form', { name: 'New decision' });
      await editor.getByRole('textbox', { name: 'Decision' }).fill(title);
      await editor.getByRole('combobox', { name: 'Responsible' }).selectOption({ label: person });
      await editor.getByLabel('Due', { exact: true }).fill(due);
      await editor.getByRole('button', { name: 'Save the decision' }).click();
      await page.getByRole('cell', { name: title }).waitFor();
    }
    await page.getByRole('button', { name: 'Approve and lock' }).click();
    await page
      .getByRole('dialog', { name: 'Approve and lock this protocol?' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await page.getByText('The protocol was approved and locked.').waitFor();
    await page.getByText('Approved, version 1').waitFor();
    expect(await page.getByRole('textbox', { name: 'Minutes' }).getAttribute('readonly')).not.toBeNull();
  });

  it('marks one decision done in the control of decisions', async () => {
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Decisions' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    await page.getByRole('button', { name: `Report progress: ${PLAYGROUND}` }).click();
    const dialog = page.getByRole('dialog', { name: `Report progress: ${PLAYGROUND}` });
    await dialog.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Schedule sent to the residents’ council.');
    await dialog.getByRole('button', { name: 'Save the report' }).click();
    await page.getByText('The report was saved.').waitFor();
    await eventually(() => page.getByRole('cell', { name: PLAYGROUND }).count()).toBe(0); // open only
  });

  it('shows the other decision as overdue after the clock moves to 10 March', async () => {
    await server.stop();
    server = await startServer({ dataDir, now: '2026-03-10T09:00:00+01:00' });
    await page.goto(`${server.url}#/decisions`);
    await page.getByRole('heading', { level: 1, name: 'Decisions' }).waitFor();
    const table = page.getByRole('table', { name: 'Municipal Services Department' });
    const row = table.getByRole('row').filter({ hasText: LIGHTS });
    await eventually(() => row.textContent()).toContain('Overdue by 4 days');
    expect(await page.getByRole('cell', { name: PLAYGROUND }).count()).toBe(0);

    await page.getByRole('checkbox', { name: 'Open only' }).uncheck();
    await eventually(() => page.getByRole('row').filter({ hasText: PLAYGROUND }).textContent()).toContain(
      'Done',
    );
  });

  it('exports the daily card and the .ics of the meeting day with the meeting in office time', async () => {
    const card = await apiCall(server, 'calendar.dailyCardDocx', { calendarId: 'mayor', date: '2026-03-04' });
    const zip = await JSZip.loadAsync(Buffer.from(card.base64, 'base64'));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(xml).toContain(APPLICANT);
    expect(xml).toContain('17:00');
    expect(xml).toContain('Primary School No. 3, hall');

    const ics = await apiCall(server, 'calendar.exportIcs', {
      calendarId: 'mayor',
      from: '2026-03-04',
      to: '2026-03-04',
    });
    const text = Buffer.from(ics.base64, 'base64').toString('utf8');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260304T170000');
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(protocolUrl).toContain('#/protocols/');
  });
});
