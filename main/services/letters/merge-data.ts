/**
 * The data one letter is rendered with: the fields common to every letter (letterhead, place and date,
 * signatory, crest), the recipient's own fields, and the office's mapping from a Word template's
 * placeholder names to those fields (e.g. `{imie}` → givenName).
 */
import type { LetterLanguage, RecipientInput } from '../../../core/letters/schema';
import type { OfficeSettings } from '../../../core/settings/schema';
import { formatLongDate } from '../../export/format';

export interface CommonLetterData {
  office: OfficeSettings;
  language: LetterLanguage;
  date: string;
  subject: string;
  /** Fields the person filled once for the whole batch (occasion, event date…). */
  common: Record<string, string>;
  crest: { data: Uint8Array; extension: '.png' | '.jpg' } | null;
}

/** Sets `value` at a dotted path, creating objects on the way (never touching prototypes). */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (part === '__proto__' || part === 'constructor' || part === 'prototype') return;
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  const last = parts.at(-1) as string;
  if (last === '__proto__' || last === 'constructor' || last === 'prototype') return;
  node[last] = value;
}

export function letterData(
  base: CommonLetterData,
  recipient: RecipientInput,
  regNo: string,
  mapping: Record<string, string> = {},
): Record<string, unknown> {
  const { office } = base;
  const fields = { ...base.common, ...recipient.fields };
  const addressLines = recipient.address
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => ({ line }));
  const data: Record<string, unknown> = {
    ...fields,
    letterhead: {
      office: office.officeName,
      city: office.cityName,
      address: office.address,
      show: !office.stationery.enabled,
    },
    hasCrest: base.crest !== null,
    place: office.cityName,
    date: formatLongDate(base.date, base.language),
    regNo,
    subject: base.subject,
    salutation: recipient.salutation,
    recipient: {
      name: recipient.name,
      organisation: recipient.fields.organisation ?? '',
      addressLines,
    },
    signatory: { name: office.signatoryName, function: office.signatoryFunction },
  };
  if (base.crest) data.crest = { kind: 'image', ...base.crest, widthCm: 2.5, heightCm: 3 };
  // A Word template's own names: each placeholder filled from the field the office mapped it to.
  for (const [placeholder, source] of Object.entries(mapping)) {
    const value = Object.hasOwn(fields, source) ? fields[source] : lookup(data, source);
    if (value !== undefined) setPath(data, placeholder, value);
  }
  return data;
}

function lookup(data: Record<string, unknown>, path: string): unknown {
  let node: unknown = data;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}
