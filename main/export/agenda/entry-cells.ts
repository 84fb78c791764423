/**
 * One calendar entry as a table row, shared by the daily card and the weekly plans so an event reads the
 * same everywhere. A cancelled entry keeps its row (people ask about it) but its time, title and place
 * are struck through and it is marked "(odwołane)" in words, which survives printing in black and white
 * and copying as plain text.
 */
import type { TableCell } from 'docx';
import { agendaText, type AgendaTextKey } from '../../../core/i18n/agenda-export-texts';
import type { Language } from '../../../core/settings/schema';
import { formatTimeRange } from './agenda-dates';
import { cell, type CellLine } from './docx-kit';
import type { AgendaEntry } from './types';

export type EntryColumn = 'time' | 'event' | 'location' | 'participants' | 'notes';

export interface EntryColumnDef {
  key: EntryColumn;
  width: number;
}

export interface EntryRowOptions {
  day: string;
  timeZone: string;
  lang: Language;
  /** Published plans show the event type but not its status (private entries never reach them). */
  audience: 'internal' | 'public';
  /** Name the calendar under the title when one document mixes several calendars. */
  showCalendar: boolean;
}

const HEADER: Record<EntryColumn, AgendaTextKey> = {
  time: 'col.time',
  event: 'col.event',
  location: 'col.location',
  participants: 'col.participants',
  notes: 'col.notes',
};

export function entryHeaders(columns: readonly EntryColumnDef[], lang: Language): string[] {
  return columns.map((c) => agendaText(lang, HEADER[c.key]));
}

function eventLines(entry: AgendaEntry, o: EntryRowOptions): CellLine[] {
  const cancelled = entry.status === 'cancelled';
  const type = agendaText(o.lang, `type.${entry.type}`);
  const lines: CellLine[] = [{ text: entry.title, bold: true, strike: cancelled }];
  if (cancelled) lines.push({ text: agendaText(o.lang, 'entry.cancelledMark'), bold: true });
  if (o.audience === 'public' || cancelled) lines.push({ text: type });
  else {
    const status = agendaText(o.lang, `status.${entry.status}`);
    lines.push({ text: agendaText(o.lang, 'entry.typeStatus', { type, status }) });
  }
  if (entry.private) {
    lines.push({ text: agendaText(o.lang, 'entry.privateMark'), italics: true });
  }
  if (o.showCalendar) lines.push({ text: entry.calendarName, italics: true });
  return lines;
}

function participantLines(entry: AgendaEntry, lang: Language): string[] {
  const names = (list: string[]) =>
    list
      .map((n) => n.trim())
      .filter(Boolean)
      .join(', ');
  const internal = names(entry.participantsInternal);
  const external = names(entry.participantsExternal);
  return [
    ...(internal ? [agendaText(lang, 'participants.internal', { names: internal })] : []),
    ...(external ? [agendaText(lang, 'participants.external', { names: external })] : []),
  ];
}

export function entryCells(
  entry: AgendaEntry,
  columns: readonly EntryColumnDef[],
  o: EntryRowOptions,
): TableCell[] {
  const strike = entry.status === 'cancelled';
  return columns.map(({ key, width }) => {
    switch (key) {
      case 'time':
        return cell([{ text: formatTimeRange(entry, o.day, o.timeZone, o.lang), strike }], width);
      case 'event':
        return cell(eventLines(entry, o), width);
      case 'location':
        return cell([{ text: entry.location, strike }], width);
      case 'participants':
        return cell(participantLines(entry, o.lang), width);
      case 'notes':
        return cell(entry.notes.replace(/\r\n?/g, '\n').split('\n'), width);
    }
  });
}
