/**
 * The built-in letter templates: ordinary .docx templates with the office's tags, generated with the
 * `docx` library, so the same engine renders them and the office's own Word templates. Polish and
 * Ukrainian for every kind below, English samples for the birthday letter and the diploma.
 */
import type { LetterKind, LetterLanguage } from '../../../core/letters/schema';
import { diplomaSection } from './diploma';
import { letterSection } from './letter';
import type { LanguagePack } from './model';
import { obituarySection } from './obituary';
import { packTemplate } from './pack';
import { EN } from './texts-en';
import { PL } from './texts-pl';
import { UK } from './texts-uk';

export interface BuiltinTemplate {
  /** `builtin:${kind}:${language}` */
  id: string;
  kind: LetterKind;
  language: LetterLanguage;
  /** In its own language. */
  name: string;
  /** The merge fields it uses besides the common ones. */
  fields: string[];
}

/** Fields the letter service fills for every template (conditions and the crest included). */
export const COMMON_FIELDS: readonly string[] = [
  'letterhead.show',
  'letterhead.office',
  'letterhead.city',
  'letterhead.address',
  'hasCrest',
  'crest',
  'place',
  'date',
  'regNo',
  'salutation',
  'recipient.name',
  'recipient.organisation',
  'recipient.addressLines',
  'signatory.name',
  'signatory.function',
  'subject',
];

/**
 * Kind-specific fields. Optional ones sit in conditions and may be empty: `years` of a birthday or
 * diploma, `relation`, `funeral`, `eventTime`.
 */
export const BUILTIN_FIELDS = {
  congratulations_birthday: ['years'],
  congratulations_jubilee: ['years', 'institution'],
  congratulations_marriage: ['names', 'years'],
  thanks: ['reason'],
  invitation: ['event', 'eventDate', 'eventTime', 'eventPlace'],
  diploma: ['names', 'achievement', 'years'],
  condolences: ['deceased', 'relation'],
  obituary: ['deceased', 'role', 'dateOfDeath', 'funeral'],
  patronage_decision: [
    'applicant',
    'event',
    'eventDate',
    'eventPlace',
    'scope',
    'reportDays',
    'logoDays',
    'refusalReason',
  ],
} as const satisfies Partial<Record<LetterKind, readonly string[]>>;

type BuiltinKind = keyof typeof BUILTIN_FIELDS;
const KINDS = Object.keys(BUILTIN_FIELDS) as BuiltinKind[];
const PACKS: readonly LanguagePack[] = [PL, UK, EN];

export const builtinTemplateId = (kind: LetterKind, language: LetterLanguage): string =>
  `builtin:${kind}:${language}`;

function nameIn(pack: LanguagePack, kind: BuiltinKind): string | undefined {
  if (kind === 'diploma') return pack.diploma?.name;
  if (kind === 'obituary') return pack.obituary?.name;
  return pack.letters[kind]?.name;
}

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = Object.freeze(
  KINDS.flatMap((kind) =>
    PACKS.flatMap((pack) => {
      const name = nameIn(pack, kind);
      if (!name) return [];
      const id = builtinTemplateId(kind, pack.language);
      return [Object.freeze({ id, kind, language: pack.language, name, fields: [...BUILTIN_FIELDS[kind]] })];
    }),
  ),
);

/** Builds the .docx of a built-in template (no cache; the bytes are the same on every call). */
export async function generateBuiltinTemplate(template: BuiltinTemplate): Promise<Uint8Array> {
  const pack = PACKS.find((p) => p.language === template.language);
  const letter = pack?.letters[template.kind];
  let section;
  if (template.kind === 'diploma' && pack?.diploma) section = diplomaSection(pack.diploma);
  else if (template.kind === 'obituary' && pack?.obituary) section = obituarySection(pack.obituary);
  else if (pack && letter) section = letterSection(pack, letter);
  else throw new Error(`No built-in template text for ${template.id}`);
  return packTemplate({ title: template.name, language: template.language, section });
}

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The .docx of a built-in template, generated once per id. Each call gets its own copy of the bytes.
 * Rejects for an id that is not a built-in template.
 */
export async function builtinTemplateDocx(id: string): Promise<Uint8Array> {
  let pending = cache.get(id);
  if (!pending) {
    const template = BUILTIN_TEMPLATES.find((t) => t.id === id);
    if (!template) throw new Error(`Unknown built-in letter template: ${id}`);
    pending = generateBuiltinTemplate(template);
    cache.set(id, pending);
    pending.catch(() => cache.delete(id));
  }
  return new Uint8Array(await pending);
}
