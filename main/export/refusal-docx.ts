/**
 * The refusal document. Legal content follows the inquiry's jurisdiction, wording follows ctx.language:
 * - PL: an administrative decision (UDIP art. 16 ust. 1 with KPA art. 104) with "Uzasadnienie" and
 *   "Pouczenie" (appeal to the SKO through the issuing authority within 14 days of delivery);
 * - UA: a written refusal under ст. 22 of the public-information law with the ст. 22 ч. 4 particulars
 *   (responsible official, date, reasoned ground, how to appeal) and the ст. 23 appeal routes.
 * When the language is not the jurisdiction's official language a "working translation" note is added.
 */
import type { Paragraph } from 'docx';
import { exportText } from '../../core/i18n/export-texts';
import type { Inquiry } from '../../core/inquiries/schema';
import type { Language } from '../../core/settings/schema';
import {
  letterhead,
  packDocx,
  para,
  placeAndDate,
  receivedDate,
  recipient,
  reference,
  signature,
  userText,
  type LetterContext,
} from './docx-parts';
import { formatLongDateOf } from './format';

const OFFICIAL_LANGUAGE = { PL: 'pl', UA: 'uk' } as const satisfies Record<Inquiry['jurisdiction'], Language>;

function translationNote(inquiry: Inquiry, lang: Language): Paragraph[] {
  if (OFFICIAL_LANGUAGE[inquiry.jurisdiction] === lang) return [];
  return [
    para(exportText(lang, `doc.workingTranslation.${inquiry.jurisdiction}`), { align: 'center', size: 18 }),
  ];
}

/** The subject inside a sentence: without its own final full stop. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

function reasons(inquiry: Inquiry): Paragraph[] {
  return inquiry.refusalReason?.trim() ? userText(inquiry.refusalReason) : [];
}

function distribution(inquiry: Inquiry, lang: Language): Paragraph[] {
  const addressee = [inquiry.journalistName, inquiry.outletName].filter((s) => s.trim()).join(', ');
  return [
    para(exportText(lang, 'doc.distribution'), { bold: true, before: 360, after: 0 }),
    para([`1. ${addressee}`, `2. ${exportText(lang, 'doc.fileCopy')}`]),
  ];
}

function plDecision(inquiry: Inquiry, ctx: LetterContext): Paragraph[] {
  const lang = ctx.language;
  const t = (key: Parameters<typeof exportText>[1], params?: Record<string, string>) =>
    exportText(lang, key, params);
  const who = {
    journalist: inquiry.journalistName,
    outlet: inquiry.outletName,
    receivedDate: receivedDate(inquiry, ctx),
  };
  return [
    para(t('plDecision.title', { regNo: inquiry.regNo }), {
      bold: true,
      align: 'center',
      before: 240,
      after: 360,
      size: 28,
    }),
    para(t('plDecision.basis', who), { align: 'justify' }),
    para(t('plDecision.decide'), { bold: true, align: 'center', before: 120 }),
    para(t('plDecision.operative', { subject: clause(inquiry.subject) }), { align: 'justify' }),
    ...(inquiry.refusalLegalBasis?.trim()
      ? [
          para(t('plDecision.refusalBasis', { legalBasis: inquiry.refusalLegalBasis.trim() }), {
            align: 'justify',
          }),
        ]
      : []),
    para(t('plDecision.justification'), { bold: true, align: 'center', before: 240 }),
    para(t('plDecision.justificationIntro', { ...who, subject: clause(inquiry.subject) }), {
      align: 'justify',
    }),
    ...reasons(inquiry),
    para(t('plDecision.instruction'), { bold: true, align: 'center', before: 240 }),
    para(t('plDecision.instruction1'), { align: 'justify' }),
    para(t('plDecision.instruction2'), { align: 'justify' }),
    para(t('plDecision.instruction3'), { align: 'justify' }),
  ];
}

function uaRefusal(inquiry: Inquiry, ctx: LetterContext): Paragraph[] {
  const lang = ctx.language;
  const t = (key: Parameters<typeof exportText>[1], params?: Record<string, string>) =>
    exportText(lang, key, params);
  const official = [ctx.office.signatoryName, ctx.office.signatoryFunction]
    .map((s) => s.trim())
    .filter(Boolean);
  const decidedOn = formatLongDateOf(inquiry.refusedAt ?? ctx.now, ctx.office.timeZone, lang);
  return [
    para(t('uaRefusal.title'), { bold: true, align: 'center', before: 240, after: 360 }),
    para(t('uaRefusal.intro', { receivedDate: receivedDate(inquiry, ctx), subject: inquiry.subject }), {
      align: 'justify',
    }),
    ...(inquiry.refusalLegalBasis?.trim()
      ? [para(t('uaRefusal.basis', { legalBasis: inquiry.refusalLegalBasis.trim() }), { align: 'justify' })]
      : []),
    para(t('uaRefusal.reasons'), { bold: true, before: 120 }),
    ...reasons(inquiry),
    ...(official.length ? [para(t('uaRefusal.official', { name: official.join(', ') }))] : []),
    para(t('uaRefusal.date', { date: decidedOn })),
    para(t('uaRefusal.appeal'), { bold: true, before: 120 }),
    para(t('uaRefusal.appeal1'), { align: 'justify' }),
    para(t('uaRefusal.appeal2'), { align: 'justify' }),
    para(t('uaRefusal.appeal3'), { align: 'justify' }),
  ];
}

export async function refusalDecisionDocx(inquiry: Inquiry, ctx: LetterContext): Promise<Buffer> {
  const lang = ctx.language;
  const body = inquiry.jurisdiction === 'PL' ? plDecision(inquiry, ctx) : uaRefusal(inquiry, ctx);
  const children = [
    ...translationNote(inquiry, lang),
    ...letterhead(ctx.office),
    // The decision is dated the day it was made; a draft before that carries today's date.
    placeAndDate(ctx, inquiry.refusedAt),
    reference(inquiry, lang),
    recipient(inquiry),
    ...body,
    ...signature(ctx.office),
    ...distribution(inquiry, lang),
  ];
  const title =
    inquiry.jurisdiction === 'PL'
      ? exportText(lang, 'plDecision.title', { regNo: inquiry.regNo })
      : `${exportText(lang, 'uaRefusal.title')} – ${inquiry.regNo}`;
  return packDocx(title, lang, children);
}
