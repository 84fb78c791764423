/**
 * The mayor's calendar through the UI, in English, clock pinned to Monday 2 March 2026 in Warsaw, the
 * browser in New York time (times shown must be the office's): a weekly briefing across the March clock
 * change, a clashing meeting flagged before it is saved and in the week view, a drag that needs
 * confirmation, and the day's card and the .ics downloaded and read.
 */
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useEnglishOffice, type RunningServer } from './harness';
import { download, eventually } from './ui';

const BRIEFING = 'Weekly briefing with the deputies';
const CLASH = 'Meeting with the water company';

describe('calendar (browser mode, English UI)', () => {
  let server: RunningServer;
  let page: Page;
  useEnglishOffice({ now: '2026-03-02T08:00:00+01:00' }, (office) => ({ server, page } = office));

  const dialog = (name: string) => page.getByRole('dialog', { name });
  async function fillEvent(form: Locator, title: string, start: string, end: string) {
    await form.getByRole('textbox', { name: 'Title' }).fill(title);
    await form.getByLabel('Start', { exact: true }).fill(start);
    await form.getByLabel('End', { exact: true }).fill(end);
  }

  it('creates a weekly briefing that stays at 09:00 across the clock change', async () => {
    await page.goto(`${server.url}#/calendar`);
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByRole('button', { name: 'New event' }).click();
    const form = dialog('New event');
    await fillEvent(form, BRIEFING, '2026-03-02T09:00', '2026-03-02T10:00');
    await form.getByRole('combobox', { name: 'Repeat' }).selectOption({ label: 'Weekly' });
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Agenda', exact: true }).click();
    for (let week = 0; week < 4; week++)
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    // 30 March is after the switch to summer time: still 09:00 in Warsaw.
    const main = page.getByRole('region', { name: 'Calendar' });
    await eventually(() => main.textContent()).toContain(BRIEFING);
    expect(await main.textContent()).toContain(`30 March 202609:00 - 10:00${BRIEFING}`);
    await page.getByRole('button', { name: 'Today', exact: true }).click();
  });

  it('flags a clashing meeting before saving it, and in the week view after “Save anyway”', async () => {
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'New event' }).click();
    const form = dialog('New event');
    await fillEvent(form, CLASH, '2026-03-09T09:30', '2026-03-09T10:30');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    const warning = form.getByRole('alert', { name: 'This time overlaps other events' });
    await eventually(() => warning.textContent()).toContain(BRIEFING);
    await form.getByRole('button', { name: 'Save anyway' }).click();
    await form.waitFor({ state: 'detached' });

    await eventually(() => page.getByText(/2 conflicts in this view/).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Conflict: overlaps another event' }).count()).toBe(2);
  });

  it('asks before a drag moves the meeting onto another event, and puts it back on Cancel', async () => {
    const clash = page.locator('.fc-timegrid-event').filter({ hasText: CLASH });
    const briefing = page.locator('.fc-timegrid-event').filter({ hasText: BRIEFING });
    const from = (await clash.boundingBox())!;
    const to = (await briefing.boundingBox())!;
    // Drag by the top of the event (not the resize handle at its bottom) one hour later: 10:30–11:30.
    const x = from.x + from.width / 2;
    await page.mouse.move(x, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(x, from.y + 5 + (from.height / 1) * 1, { steps: 10 });
    await page.mouse.up();
    await eventually(() => clash.textContent()).toContain('10:30 - 11:30');
    expect(to.y).toBeLessThan(from.y);

    // Back onto the briefing at 09:00: the move must be confirmed.
    const moved = (await clash.boundingBox())!;
    await page.mouse.move(x, moved.y + 5);
    await page.mouse.down();
    await page.mouse.move(x, to.y + 5, { steps: 10 });
    await page.mouse.up();
    const confirm = page.getByRole('alertdialog', { name: 'The new time overlaps other events' });
    await eventually(() => confirm.textContent()).toContain(BRIEFING);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await eventually(() => clash.textContent()).toContain('10:30 - 11:30');
  });

  it('downloads the day’s card and the .ics with the events in office time', async () => {
    const exports = page.getByRole('region', { name: 'Print, export and import' });
    await page.getByRole('button', { name: 'Day', exact: true }).click();
    const card = await download(page, exports.getByRole('button', { name: 'Daily card (.docx)' }));
    const zip = await JSZip.loadAsync(card.bytes);
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain(BRIEFING);
    expect(text).toContain(CLASH);
    expect(text).toContain(`10:30–11:30${CLASH}`); // where the drag left it

    const ics = (await download(page, exports.getByRole('button', { name: 'Export .ics' }))).bytes.toString(
      'utf8',
    );
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('TZID:Europe/Warsaw');
    expect(ics).toMatch(/DTSTART;TZID=Europe\/Warsaw:20260302T090000[\s\S]*RRULE:FREQ=WEEKLY/);
    expect(ics).toContain(`SUMMARY:${CLASH}`);
  });
});
