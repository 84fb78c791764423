/**
 * The decision letter and the diploma of a patronage, made by the letters module from its templates
 * (the office's own of that kind, or the built-in one in the office's language), numbered and entered
 * in the register of outgoing correspondence; the application keeps the register entries' ids.
 */
import { randomUUID } from 'node:crypto';
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { localDateOf } from '../../../core/deadlines/local-date';
import { AppError } from '../../../core/errors';
import { diplomaAchievement, requestsText } from '../../../core/i18n/patronage-export-texts';
import type { LetterKind, LetterLanguage } from '../../../core/letters/schema';
import { eventLastDay } from '../../../core/patronage/rules';
import type { PatronageApplication } from '../../../core/patronage/schema';
import { builtinTemplateId } from '../../letters/builtin';
import type { AppContext } from '../context';
import { assertMayWrite } from '../access';
import { produceWithEntries } from '../letters/produce';
import { findTemplate } from '../letters/templates';
import { requireApplication } from './view';

type DocumentOut = MethodOutput<'patronage.decisionLetter'>;
const SALUTATION: Record<LetterLanguage, string> = {
  pl: 'Szanowni Państwo',
  uk: 'Шановні пані та панове',
  en: 'Dear Sir or Madam',
};

/** The office's template when one was chosen (it must be of this kind), else the built-in one. */
function templateFor(ctx: AppContext, kind: LetterKind, templateId: string | undefined) {
  if (templateId) {
    const chosen = findTemplate(ctx, templateId);
    if (chosen.kind !== kind)
      throw new AppError('VALIDATION', {}, [{ path: 'templateId', message: 'invalidChoice' }]);
    return chosen;
  }
  const office = ctx.settings.get().office;
  // The patronage decision exists in Polish and Ukrainian; an English-speaking office writes by jurisdiction.
  const language: LetterLanguage =
    kind === 'diploma' || office.language !== 'en'
      ? office.language
      : office.jurisdiction === 'UA'
        ? 'uk'
        : 'pl';
  return findTemplate(ctx, builtinTemplateId(kind, language));
}

/** "12.06.2027" or "12.06.2027 – 14.06.2027" in the office's calendar. */
function eventDates(app: PatronageApplication, timeZone: string): string {
  const dmy = (date: string) => date.split('-').reverse().join('.');
  const first = localDateOf(app.eventStart, timeZone);
  const last = eventLastDay(app, timeZone);
  return first === last ? dmy(first) : `${dmy(first)} – ${dmy(last)}`;
}

async function produce(
  ctx: AppContext,
  app: PatronageApplication,
  kind: 'patronage_decision' | 'diploma',
  input: MethodInput<'patronage.decisionLetter'>,
  fields: Record<string, string>,
  recipientName: string,
): Promise<DocumentOut> {
  assertMayWrite(ctx, 'letters');
  const template = templateFor(ctx, kind, input.templateId);
  const { output, entries } = await produceWithEntries(ctx, {
    jobId: `patronage-${randomUUID()}`,
    templateId: template.id,
    kind,
    date: input.date,
    subject: app.eventTitle,
    common: fields,
    recipients: [
      {
        name: recipientName,
        address: app.contact,
        salutation: SALUTATION[template.language],
        fields: { organisation: app.applicantName, names: recipientName },
        ...(app.applicantOrganisationId ? { contactId: app.applicantOrganisationId } : {}),
      },
    ],
    recipientSource: app.applicantOrganisationId ? 'contacts' : 'typed',
    format: input.format ?? 'docx',
  });
  const letter = entries[0];
  if (!letter) throw new AppError('INTERNAL');
  ctx.patronage.transaction(() => {
    const current = requireApplication(ctx, app.id);
    ctx.patronage.records.update(app.id, { letterIds: [...current.letterIds, letter.id] });
  });
  ctx.emit({ type: 'data.changed', table: 'patronage_applications' });
  return { file: output.file, letter };
}

export async function decisionLetter(
  ctx: AppContext,
  input: MethodInput<'patronage.decisionLetter'>,
): Promise<DocumentOut> {
  const app = requireApplication(ctx, input.id);
  if (app.status !== 'granted' && app.status !== 'refused')
    throw new AppError('NOT_ALLOWED', { reason: 'patronageNotDecided' });
  const settings = ctx.settings.get();
  const language = templateFor(ctx, 'patronage_decision', input.templateId).language;
  return produce(
    ctx,
    app,
    'patronage_decision',
    input,
    {
      applicant: app.applicantName,
      event: app.eventTitle,
      eventDate: eventDates(app, settings.office.timeZone),
      eventPlace: app.eventPlace,
      scope: requestsText(language, app.requests),
      reportDays: String(settings.patronage.reportDaysAfter),
      logoDays: String(settings.patronage.logoApprovalDaysBefore),
      refusalReason: app.status === 'refused' ? (app.refusalReason ?? '') : '',
    },
    app.applicantName,
  );
}

export async function diploma(
  ctx: AppContext,
  input: MethodInput<'patronage.diploma'>,
): Promise<DocumentOut> {
  const app = requireApplication(ctx, input.id);
  if (app.status !== 'granted') throw new AppError('NOT_ALLOWED', { reason: 'patronageNotGranted' });
  if (!app.requests.includes('prize_or_diploma'))
    throw new AppError('NOT_ALLOWED', { reason: 'diplomaNotRequested' });
  const language = templateFor(ctx, 'diploma', input.templateId).language;
  const names = input.recipientName?.trim() || app.applicantName;
  return produce(
    ctx,
    app,
    'diploma',
    input,
    { names, achievement: diplomaAchievement(language, app.eventTitle), years: '' },
    names,
  );
}
