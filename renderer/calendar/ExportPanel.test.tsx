import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok, renderCalendar } from './test-harness';

const DOCX = { fileName: 'card.docx', mimeType: 'application/octet-stream', base64: 'UEsD' };

async function panel() {
  const section = await screen.findByRole('region', { name: 'Print, export and import' });
  const inside = within(section);
  // The buttons wait for the view's range and the calendars.
  await waitFor(() => expect(inside.getByRole('button', { name: 'Daily card (.docx)' })).toBeEnabled());
  return inside;
}

describe('exports and import', () => {
  beforeEach(() => {
    // jsdom has no object URLs; saveFile only needs one to exist.
    URL.createObjectURL = vi.fn(() => 'blob:test');
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it('prints the daily card of the chosen calendar for the day the view is on', async () => {
    const app = renderCalendar({ answers: { 'calendar.dailyCardDocx': () => ok(DOCX) } });
    const inside = await panel();
    await userEvent.selectOptions(inside.getByRole('combobox', { name: 'Documents for' }), 'Press office');
    await userEvent.click(inside.getByRole('button', { name: 'Daily card (.docx)' }));
    await waitFor(() =>
      expect(app.inputs('calendar.dailyCardDocx')).toEqual([{ calendarId: 'press', date: '2026-11-23' }]),
    );
    expect(URL.createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('prints the view through the system print dialog (which can also save a PDF)', async () => {
    renderCalendar({});
    const print = vi.fn();
    window.print = print;
    const inside = await panel();
    await userEvent.click(inside.getByRole('button', { name: 'Print this view (or save it as PDF)' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('asks for the internal and the public weekly plan and the view’s days as .ics', async () => {
    const app = renderCalendar({
      answers: {
        'calendar.weeklyPlanDocx': () => ok(DOCX),
        'calendar.exportIcs': () => ok({ ...DOCX, fileName: 'mayor.ics' }),
      },
    });
    const inside = await panel();
    await userEvent.click(inside.getByRole('button', { name: 'Weekly plan (.docx)' }));
    await userEvent.click(inside.getByRole('button', { name: 'Public weekly plan (.docx)' }));
    await userEvent.click(inside.getByRole('button', { name: 'Export .ics' }));
    await waitFor(() => expect(app.inputs('calendar.exportIcs')).toHaveLength(1));
    expect(app.inputs('calendar.weeklyPlanDocx')).toEqual([
      { calendarId: 'mayor', date: '2026-11-23', audience: 'internal' },
      { calendarId: 'mayor', date: '2026-11-23', audience: 'public' },
    ]);
    expect(app.inputs('calendar.exportIcs')).toEqual([
      { calendarId: 'mayor', from: '2026-11-23', to: '2026-11-29' },
    ]);
  });

  it('prints the card of the day the view was moved to', async () => {
    const app = renderCalendar({ answers: { 'calendar.dailyCardDocx': () => ok(DOCX) } });
    const inside = await panel();
    await userEvent.click(screen.getByRole('button', { name: 'Day' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(app.inputs('calendar.list').at(-1)).toMatchObject({ from: '2026-11-23T23:00:00.000Z' }),
    );
    await userEvent.click(inside.getByRole('button', { name: 'Daily card (.docx)' }));
    await waitFor(() =>
      expect(app.inputs('calendar.dailyCardDocx')).toEqual([{ calendarId: 'mayor', date: '2026-11-24' }]),
    );
  });

  it('shows a failed export in the user’s language', async () => {
    renderCalendar({
      answers: {
        'calendar.dailyCardDocx': () => ({ ok: false, error: { code: 'NOT_FOUND', params: {}, issues: [] } }),
      },
    });
    const inside = await panel();
    await userEvent.click(inside.getByRole('button', { name: 'Daily card (.docx)' }));
    expect(await inside.findByRole('alert')).toHaveTextContent('This record does not exist (any more).');
  });

  it('imports an .ics file into the chosen calendar and sums up what was skipped and why', async () => {
    const app = renderCalendar({
      answers: {
        'calendar.importIcs': () =>
          ok({
            created: 2,
            updated: 1,
            skipped: [{ uid: 'abc@example.org', reason: 'unsupportedRecurrence' }],
          }),
      },
    });
    const inside = await panel();
    const text = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    await userEvent.upload(
      inside.getByLabelText('Import .ics'),
      new File([text], 'plan.ics', { type: 'text/calendar' }),
    );
    expect(await inside.findByText('3 events imported, 1 skipped')).toHaveAttribute('role', 'status');
    expect(inside.getByRole('list', { name: 'Skipped events' })).toHaveTextContent(
      'abc@example.org: its repetition rule is not supported',
    );
    expect(app.inputs('calendar.importIcs')).toEqual([{ calendarId: 'mayor', text }]);
  });

  it('says plainly when the file is not an iCalendar file', async () => {
    renderCalendar({
      answers: {
        'calendar.importIcs': () => ({
          ok: false,
          error: { code: 'VALIDATION', params: {}, issues: [{ path: 'file', message: 'invalidIcsFile' }] },
        }),
      },
    });
    const inside = await panel();
    await userEvent.upload(inside.getByLabelText('Import .ics'), new File(['hello'], 'notes.ics'));
    expect(await inside.findByRole('alert')).toHaveTextContent('This file is not an iCalendar (.ics) file.');
  });
});
