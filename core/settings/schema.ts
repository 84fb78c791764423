import { z } from 'zod';
import { defaultReminderSettings, ReminderSettingsSchema } from '../reminders/lead-times';
import { defaultPatronageSettings, PatronageSettingsSchema } from '../patronage/settings';

/** Validation messages are i18n keys under `validation.` so the renderer can translate them. */
export const LANGUAGES = ['pl', 'uk', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const JURISDICTIONS = ['PL', 'UA'] as const;
export const TIME_ZONES = ['Europe/Warsaw', 'Europe/Kyiv'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DepartmentSchema = z.object({
  id: z.string().min(1, 'required').max(40, 'tooLong'),
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
});

export const PersonSchema = z.object({
  id: z.string().min(1, 'required').max(40, 'tooLong'),
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  departmentId: z.string().max(40, 'tooLong').nullable(),
  position: z.string().max(200, 'tooLong').default(''),
});

export const CALENDAR_KINDS = ['mayor', 'deputy', 'press', 'other'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];
/** A calendar the secretariat keeps: the mayor's, a deputy's, the press office's. */
export const CalendarOwnerSchema = z.object({
  id: z.string().min(1, 'required').max(40, 'tooLong'),
  /** Empty: the kind's translated name ("Mayor", "Prezydent Miasta") is shown. */
  name: z.string().trim().max(200, 'tooLong'),
  kind: z.enum(CALENDAR_KINDS, 'invalidChoice'),
});
export type CalendarOwner = z.infer<typeof CalendarOwnerSchema>;
/** Used while the office has not listed its own calendars. */
export const DEFAULT_CALENDARS: readonly CalendarOwner[] = [
  { id: 'mayor', name: '', kind: 'mayor' },
  { id: 'press', name: '', kind: 'press' },
];
export function calendarsOf(office: { calendars?: CalendarOwner[] | undefined }): CalendarOwner[] {
  return office.calendars?.length ? office.calendars : [...DEFAULT_CALENDARS];
}

/** `{seq}` and `{year}` are replaced; everything else is kept, e.g. `BP.1431.{seq}.{year}`. */
export const RegNumberPatternSchema = z
  .string()
  .trim()
  .min(1, 'required')
  .max(80, 'tooLong')
  .refine((p) => p.includes('{seq}'), 'patternNeedsSeq');

export const OfficeSettingsSchema = z.object({
  cityName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  officeName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  address: z.string().max(500, 'tooLong').default(''),
  jurisdiction: z.enum(JURISDICTIONS, 'invalidChoice'),
  timeZone: z.enum(TIME_ZONES, 'invalidChoice'),
  language: z.enum(LANGUAGES, 'invalidChoice'),
  departments: z.array(DepartmentSchema).max(200, 'tooMany'),
  people: z.array(PersonSchema).max(1000, 'tooMany'),
  calendars: z.array(CalendarOwnerSchema).max(50, 'tooMany').default([]),
  inquiryNumberPattern: RegNumberPatternSchema,
  /** Register of outgoing correspondence, e.g. `BP.0121.{seq}.{year}` (filing class and yearly number). */
  letterNumberPattern: RegNumberPatternSchema.default('BP.0121.{seq}.{year}'),
  /** The city's crest for letterheads and diplomas (a PNG or JPEG kept by content in the data folder). */
  crest: z
    .object({
      sha256: z.string().regex(/^[0-9a-f]{64}$/, 'invalid'),
      extension: z.enum(['.png', '.jpg'], 'invalidChoice'),
    })
    .nullable()
    .default(null),
  /**
   * Printing on pre-printed stationery: how far the text starts from the paper's top and left edge, in
   * millimetres (the letterhead is already on the paper, so the generated one is left out).
   */
  stationery: z
    .object({
      enabled: z.boolean(),
      topMm: z.number().min(0, 'invalid').max(150, 'invalid'),
      leftMm: z.number().min(0, 'invalid').max(80, 'invalid'),
    })
    .default({ enabled: false, topMm: 45, leftMm: 25 }),
  signatoryName: z.string().max(200, 'tooLong').default(''),
  signatoryFunction: z.string().max(200, 'tooLong').default(''),
  /** Last day of Ukrainian martial law; null while it is in force (holidays are then working days). */
  uaMartialLawEnd: z.string().regex(DATE, 'invalidDate').nullable(),
});
export type OfficeSettings = z.infer<typeof OfficeSettingsSchema>;

export const SettingsSchema = z.object({
  office: OfficeSettingsSchema,
  /** How long before deadlines this workstation reminds, per module (minutes). */
  reminders: ReminderSettingsSchema.default(() => defaultReminderSettings()),
  /** The office's honorary patronage rules: lead time, logo approval, report, checklist. */
  patronage: PatronageSettingsSchema.default(() => defaultPatronageSettings()),
  /** The person working at this workstation; recorded in the audit trail with every change. */
  userName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export function defaultSettings(userName: string, jurisdiction: 'PL' | 'UA' = 'PL'): Settings {
  const pl = jurisdiction === 'PL';
  return {
    reminders: defaultReminderSettings(),
    patronage: defaultPatronageSettings(),
    userName,
    office: {
      cityName: pl ? 'Miasto' : 'Місто',
      officeName: pl ? 'Biuro Prasowe' : 'Прес-служба',
      address: '',
      jurisdiction,
      timeZone: pl ? 'Europe/Warsaw' : 'Europe/Kyiv',
      language: pl ? 'pl' : 'uk',
      departments: [],
      people: [],
      calendars: [],
      inquiryNumberPattern: pl ? 'BP.1431.{seq}.{year}' : 'ПС-{seq}/{year}',
      letterNumberPattern: pl ? 'BP.0121.{seq}.{year}' : 'Вих-{seq}/{year}',
      stationery: { enabled: false, topMm: 45, leftMm: 25 },
      crest: null,
      signatoryName: '',
      signatoryFunction: pl ? 'Rzecznik Prasowy' : 'Речник',
      uaMartialLawEnd: null,
    },
  };
}

export function formatRegNumber(pattern: string, seq: number, year: number): string {
  return pattern.replaceAll('{seq}', String(seq)).replaceAll('{year}', String(year));
}
