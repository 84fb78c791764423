/**
 * The office's rules for honorary patronage: how early an application must come, when the city's logo
 * must be approved and the report is due, and the checklist a reviewer answers before the decision.
 * Messages are i18n keys under `validation.`.
 *
 * A criterion is stored by id. The built-in ones keep an empty label and are shown in the reader's
 * language (DEFAULT_CRITERION_LABELS); an office may rename them or add its own (which then need a label).
 */
import { z } from 'zod';
import { partialUpdate } from '../api/partial';
import type { Language } from '../settings/schema';

export const DEFAULT_CRITERION_IDS = [
  'publicBenefit',
  'nonCommercial',
  'cityPromotion',
  'applicantReliable',
  'openAccess',
] as const;
export type DefaultCriterionId = (typeof DEFAULT_CRITERION_IDS)[number];

export const DEFAULT_CRITERION_LABELS: Record<Language, Record<DefaultCriterionId, string>> = {
  pl: {
    publicBenefit: 'Wydarzenie służy mieszkańcom (pożytek publiczny)',
    nonCommercial: 'Wydarzenie ma charakter niekomercyjny',
    cityPromotion: 'Wydarzenie promuje Miasto',
    applicantReliable: 'Wnioskodawca rozliczył poprzednie patronaty (brak zaległych sprawozdań)',
    openAccess: 'Wydarzenie jest otwarte dla mieszkańców',
  },
  uk: {
    publicBenefit: 'Захід служить мешканцям (суспільна користь)',
    nonCommercial: 'Захід має некомерційний характер',
    cityPromotion: 'Захід сприяє промоції міста',
    applicantReliable: 'Заявник прозвітував за попередні патронати (немає прострочених звітів)',
    openAccess: 'Захід відкритий для мешканців',
  },
  en: {
    publicBenefit: 'The event serves residents (public benefit)',
    nonCommercial: 'The event is non-commercial',
    cityPromotion: 'The event promotes the city',
    applicantReliable: 'The applicant has reported on earlier patronages (no missing reports)',
    openAccess: 'The event is open to the public',
  },
};

function isDefaultCriterion(id: string): id is DefaultCriterionId {
  return (DEFAULT_CRITERION_IDS as readonly string[]).includes(id);
}

export const CriterionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'invalid'),
    /** Empty: the built-in criterion's translated label is shown. */
    label: z.string().trim().max(300, 'tooLong').default(''),
  })
  .refine((c) => c.label.length > 0 || isDefaultCriterion(c.id), { message: 'required', path: ['label'] });
export type Criterion = z.output<typeof CriterionSchema>;

export const DEFAULT_CRITERIA: readonly Criterion[] = DEFAULT_CRITERION_IDS.map((id) => ({ id, label: '' }));

const days = (max: number) => z.number().int('invalid').min(0, 'invalid').max(max, 'invalid');

const PatronageSettingsFields = z.object({
  /** An application filed fewer calendar days than this before the event is flagged as late. */
  leadDays: days(365).default(30),
  /** Materials with the city's logo must be approved this many days before the event's first day. */
  logoApprovalDaysBefore: days(365).default(7),
  /** The post-event report is due this many days after the event's last day. */
  reportDaysAfter: days(365).default(30),
  criteria: z
    .array(CriterionSchema)
    .max(50, 'tooMany')
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'invalid')
    .default(() => DEFAULT_CRITERIA.map((c) => ({ ...c }))),
});

export const PatronageSettingsSchema = PatronageSettingsFields;
export type PatronageSettings = z.output<typeof PatronageSettingsSchema>;
/** Change only what was sent (no defaults: they would reset the office's other choices). */
export const PatronageSettingsUpdateSchema = partialUpdate(PatronageSettingsFields);
export type PatronageSettingsUpdate = z.output<typeof PatronageSettingsUpdateSchema>;

export function defaultPatronageSettings(): PatronageSettings {
  return PatronageSettingsSchema.parse({});
}

/** What a checklist row shows: the office's own label, else the built-in one in `language`, else the id. */
export function criterionLabel(criterion: Criterion, language: Language): string {
  if (criterion.label) return criterion.label;
  return isDefaultCriterion(criterion.id) ? DEFAULT_CRITERION_LABELS[language][criterion.id] : criterion.id;
}
