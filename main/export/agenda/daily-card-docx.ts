/**
 * The mayor's daily card ("Karta dnia" / "Розклад дня"): one portrait page the mayor takes along, with
 * every entry of one calendar day in the office zone, private ones included (it is an internal document).
 */
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import { para } from '../docx-parts';
import { formatDateTime } from '../format';
import { entriesOfDay, formatWeekdayDate } from './agenda-dates';
import { dataTable, heading, packAgendaDocx, PORTRAIT_WIDTH, type Block } from './docx-kit';
import { entryCells, entryHeaders, type EntryColumnDef } from './entry-cells';
import type { AgendaContext, AgendaEntry } from './types';

export interface DailyCardContext extends AgendaContext {
  /** The local day 'YYYY-MM-DD' in the office zone. */
  date: string;
  calendarName: string;
}

const COLUMNS: EntryColumnDef[] = [
  { key: 'time', width: 1250 },
  { key: 'event', width: 2650 },
  { key: 'location', width: 1750 },
  { key: 'participants', width: 2000 },
  { key: 'notes', width: PORTRAIT_WIDTH - 1250 - 2650 - 1750 - 2000 },
];

/**
 * Entries that do not touch `ctx.date` are left out, so the caller may pass a wider range; an event
 * running past midnight appears with the dates of the bounds that lie on another day.
 */
export async function dailyCardDocx(entries: AgendaEntry[], ctx: DailyCardContext): Promise<Buffer> {
  const lang = ctx.language;
  const timeZone = ctx.office.timeZone;
  const day = entriesOfDay(entries, ctx.date, timeZone);
  const showCalendar = new Set(day.map((e) => e.calendarName)).size > 1;
  const title = agendaText(lang, 'daily.heading', { calendarName: ctx.calendarName });

  const children: Block[] = [
    para(ctx.office.officeName, { size: 20, after: 240 }),
    heading(title, 32, 60),
    heading(formatWeekdayDate(ctx.date, lang), 26, 240),
    day.length
      ? dataTable(
          entryHeaders(COLUMNS, lang),
          day.map((entry) =>
            entryCells(entry, COLUMNS, { day: ctx.date, timeZone, lang, audience: 'internal', showCalendar }),
          ),
          COLUMNS.map((c) => c.width),
        )
      : para(agendaText(lang, 'daily.empty'), { align: 'center', before: 240 }),
    para(agendaText(lang, 'doc.asOf', { dateTime: formatDateTime(ctx.now, timeZone, lang) }), {
      size: 18,
      before: 240,
    }),
  ];

  return packAgendaDocx(`${title}, ${ctx.date}`, lang, children, 'portrait');
}
