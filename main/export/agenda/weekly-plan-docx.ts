/**
 * The weekly plan, Monday to Sunday, one section per day. Two audiences:
 * - internal: landscape, with participants, notes, private and cancelled entries (marked);
 * - public: the plan the press office publishes on the city portal ("план заходів на тиждень").
 *   It must never reveal what is not public, so private and cancelled entries are dropped HERE as well,
 *   even when the caller already filtered them, and the notes and participants columns do not exist.
 */
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import type { Language } from '../../../core/settings/schema';
import { para } from '../docx-parts';
import { formatDateTime } from '../format';
import { addDays, entriesOfDay, formatWeekdayDate, formatWeekRange, isoWeekday } from './agenda-dates';
import { dataTable, heading, LANDSCAPE_WIDTH, packAgendaDocx, PORTRAIT_WIDTH, type Block } from './docx-kit';
import { entryCells, entryHeaders, type EntryColumnDef } from './entry-cells';
import type { AgendaContext, AgendaEntry } from './types';

export type PlanAudience = 'internal' | 'public';

export interface WeeklyPlanContext extends AgendaContext {
  /** Monday of the week, 'YYYY-MM-DD'. */
  weekStart: string;
  /**
   * Whose plan, usually the calendar's name ("Prezydent Miasta Łodzi"): the heading reads
   * "Plan wydarzeń – {title}" with the week under it. Empty: the full default heading
   * (see `weeklyPlanTitle`), which names the mayor and the week in one line.
   */
  title: string;
  audience: PlanAudience;
}

const INTERNAL_COLUMNS: EntryColumnDef[] = [
  { key: 'time', width: 1500 },
  { key: 'event', width: 3900 },
  { key: 'location', width: 2700 },
  { key: 'participants', width: 3300 },
  { key: 'notes', width: LANDSCAPE_WIDTH - 1500 - 3900 - 2700 - 3300 },
];

const PUBLIC_COLUMNS: EntryColumnDef[] = [
  { key: 'time', width: 1500 },
  { key: 'event', width: 4900 },
  { key: 'location', width: PORTRAIT_WIDTH - 1500 - 4900 },
];

/** Only what may be published: not private, not cancelled. */
export function isPublishable(entry: AgendaEntry): boolean {
  return !entry.private && entry.status !== 'cancelled';
}

/**
 * The default heading, e.g. "Plan wydarzeń z udziałem Prezydenta Miasta w dniach 2–8 marca 2026 r." or
 * "План заходів за участю міського голови на 2–8 березня 2026 року" (the UI may offer it for editing).
 */
export function weeklyPlanTitle(lang: Language, weekStart: string, audience: PlanAudience): string {
  const range = formatWeekRange(weekStart, lang);
  return agendaText(lang, audience === 'public' ? 'weekly.publicTitle' : 'weekly.internalTitle', { range });
}

export async function weeklyPlanDocx(entries: AgendaEntry[], ctx: WeeklyPlanContext): Promise<Buffer> {
  if (isoWeekday(ctx.weekStart) !== 1) throw new RangeError(`weekStart is not a Monday: ${ctx.weekStart}`);
  const lang = ctx.language;
  const timeZone = ctx.office.timeZone;
  const audience = ctx.audience;
  const isPublic = audience === 'public';
  const columns = isPublic ? PUBLIC_COLUMNS : INTERNAL_COLUMNS;
  const visible = isPublic ? entries.filter(isPublishable) : entries;
  const showCalendar = !isPublic && new Set(visible.map((e) => e.calendarName)).size > 1;

  const owner = ctx.title.trim();
  const name = agendaText(lang, isPublic ? 'weekly.publicName' : 'weekly.internalName');
  const title = owner
    ? agendaText(lang, 'weekly.heading', { name, title: owner })
    : weeklyPlanTitle(lang, ctx.weekStart, audience);
  const children: Block[] = [para(ctx.office.officeName, { size: 20, after: 240 }), heading(title, 30, 60)];
  // The owner's heading does not say which week it is; the range goes under it.
  if (owner) {
    const range = agendaText(lang, 'weekly.range', { range: formatWeekRange(ctx.weekStart, lang) });
    children.push(heading(range, 24, 120));
  }
  if (isPublic) children.push(para(agendaText(lang, 'weekly.publicNote'), { align: 'center', size: 20 }));

  for (let i = 0; i < 7; i++) {
    const day = addDays(ctx.weekStart, i);
    const list = entriesOfDay(visible, day, timeZone);
    children.push(para(formatWeekdayDate(day, lang), { bold: true, before: 240, after: 80 }));
    children.push(
      list.length
        ? dataTable(
            entryHeaders(columns, lang),
            list.map((e) => entryCells(e, columns, { day, timeZone, lang, audience, showCalendar })),
            columns.map((c) => c.width),
          )
        : para(agendaText(lang, 'weekly.dayEmpty'), { size: 20, after: 80 }),
    );
  }
  if (!isPublic) {
    const asOf = agendaText(lang, 'doc.asOf', { dateTime: formatDateTime(ctx.now, timeZone, lang) });
    children.push(para(asOf, { size: 18, before: 240 }));
  }

  return packAgendaDocx(title, lang, children, isPublic ? 'portrait' : 'landscape');
}
