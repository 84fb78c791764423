/**
 * The protocol (minutes) of a meeting: heading, date, place, chair, attendees, numbered agenda, the
 * minutes text as typed, the numbered decisions with who does what by when, and the two signatures.
 * Its state is printed at the top so a paper copy cannot pass for the signed text: a draft says
 * "PROJEKT", an approved one says when, by whom and which version, and why it was revised.
 */
import type { Paragraph } from 'docx';
import { agendaText } from '../../../core/i18n/agenda-export-texts';
import type { Decision } from '../../../core/decisions/schema';
import type { Protocol } from '../../../core/protocols/schema';
import type { Language } from '../../../core/settings/schema';
import { labelled, letterhead, para, userText } from '../docx-parts';
import { formatLongDate, formatLongDateOf } from '../format';
import { formatShortDate } from './agenda-dates';
import { cell, dataTable, heading, packAgendaDocx, PORTRAIT_WIDTH, sideBySide, type Block } from './docx-kit';
import type { AgendaContext } from './types';

export interface ProtocolContext extends AgendaContext {
  /** Person id → name; unknown ids are shown as they are. */
  peopleById: Record<string, string>;
  departmentsById: Record<string, string>;
  /** Who took the minutes: printed under "Protokołował(a)". */
  recorder: string;
}

const DECISION_WIDTHS = [650, 3900, 1900, 1750, PORTRAIT_WIDTH - 650 - 3900 - 1900 - 1750];
const SIGNATURE_GAP = '……………………………………';

function stateLines(protocol: Protocol, ctx: ProtocolContext): Paragraph[] {
  const lang = ctx.language;
  const lines: Paragraph[] = [];
  if (protocol.status === 'draft') {
    lines.push(para(agendaText(lang, 'protocol.draft'), { bold: true, align: 'right', size: 28, after: 60 }));
    if (protocol.version > 1) {
      const text = agendaText(lang, 'protocol.draftVersion', { version: protocol.version });
      lines.push(para(text, { align: 'right', size: 20, after: 60 }));
    }
  } else {
    const date = protocol.approvedAt
      ? formatLongDateOf(protocol.approvedAt, ctx.office.timeZone, lang)
      : formatLongDate(protocol.date, lang);
    const by = protocol.approvedBy?.trim();
    const text = by
      ? agendaText(lang, 'protocol.approved', { date, by, version: protocol.version })
      : agendaText(lang, 'protocol.approvedNoBy', { date, version: protocol.version });
    lines.push(para(text, { align: 'right', size: 20, after: 60 }));
  }
  // A reopened draft carries the reason too: it explains what the new version is about.
  const reason = protocol.revisionReason?.trim();
  if (reason) {
    const text = agendaText(lang, 'protocol.revisionReason', { reason });
    lines.push(para(text, { align: 'right', size: 20, after: 60 }));
  }
  return lines;
}

/** "Label:" followed by a numbered list; nothing at all when the list is empty. */
function numberedList(label: string, items: readonly string[]): Paragraph[] {
  const list = items.map((i) => i.trim()).filter(Boolean);
  if (!list.length) return [];
  return [
    para(label, { bold: true, before: 120, after: 60 }),
    ...list.map((item, i) => para(`${i + 1}. ${item}`, { indentLeft: 360, after: 40 })),
  ];
}

function decisionsBlock(decisions: readonly Decision[], ctx: ProtocolContext): Block[] {
  const lang = ctx.language;
  const label = para(agendaText(lang, 'protocol.decisions'), { bold: true, before: 240, after: 80 });
  if (!decisions.length) return [label, para(agendaText(lang, 'protocol.noDecisions'))];
  const name = (id: string | null, names: Record<string, string>) => (id ? (names[id] ?? id) : '');
  const sorted = [...decisions].sort((a, b) => a.ordinal - b.ordinal);
  const rows = sorted.map((d, i) => {
    const cells = [
      `${i + 1}.`,
      d.title,
      name(d.departmentId, ctx.departmentsById),
      name(d.responsiblePersonId, ctx.peopleById),
      formatShortDate(d.dueDate, lang),
    ];
    return cells.map((text, c) => cell(text.split('\n'), DECISION_WIDTHS[c] ?? 0));
  });
  const headers = (
    ['decision.no', 'decision.title', 'decision.department', 'decision.person', 'decision.dueDate'] as const
  ).map((k) => agendaText(lang, k));
  return [label, dataTable(headers, rows, DECISION_WIDTHS)];
}

function signatures(protocol: Protocol, recorder: string, lang: Language): Block {
  const column = (label: string, name: string) => [
    para(label, { align: 'center', after: 600 }),
    para([SIGNATURE_GAP, name.trim()].filter(Boolean), { align: 'center' }),
  ];
  // Minutes-taker on the left, chair on the right, as on a signed paper protocol.
  return sideBySide(
    column(agendaText(lang, 'protocol.recorderSign'), recorder),
    column(agendaText(lang, 'protocol.chairSign'), protocol.chair),
    PORTRAIT_WIDTH,
  );
}

export async function protocolDocx(
  protocol: Protocol,
  decisions: Decision[],
  ctx: ProtocolContext,
): Promise<Buffer> {
  const lang = ctx.language;
  const minutes = protocol.minutes.trim() ? userText(protocol.minutes) : [];
  const facts = [
    labelled(agendaText(lang, 'protocol.date'), formatLongDate(protocol.date, lang), { after: 40 }),
    ...(protocol.place.trim()
      ? [labelled(agendaText(lang, 'protocol.place'), protocol.place.trim(), { after: 40 })]
      : []),
    ...(protocol.chair.trim()
      ? [labelled(agendaText(lang, 'protocol.chair'), protocol.chair.trim(), { after: 40 })]
      : []),
  ];

  const children: Block[] = [
    ...stateLines(protocol, ctx),
    ...letterhead(ctx.office),
    heading(agendaText(lang, 'protocol.heading'), 32, 60),
    heading(protocol.title, 26, 240),
    ...facts,
    ...numberedList(agendaText(lang, 'protocol.attendees'), protocol.attendees),
    ...numberedList(agendaText(lang, 'protocol.agenda'), protocol.agenda),
    ...(minutes.length
      ? [para(agendaText(lang, 'protocol.minutes'), { bold: true, before: 240, after: 80 }), ...minutes]
      : []),
    ...decisionsBlock(decisions, ctx),
    para('', { after: 480 }),
    signatures(protocol, ctx.recorder, lang),
  ];

  return packAgendaDocx(`${agendaText(lang, 'protocol.heading')} – ${protocol.title}`, lang, children);
}
