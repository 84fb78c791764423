import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../deadlines';
import { en, pl, uk } from '.';

/** Every English key exists in Polish and Ukrainian; plural keys exist in each language's forms. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('UI translations', () => {
  it.each([
    ['pl', pl, ['one', 'few', 'many', 'other']],
    ['uk', uk, ['one', 'few', 'many', 'other']],
  ] as const)('%s has every English key and all its plural forms', (_lang, resources, forms) => {
    const have = new Set(keys(resources));
    const wanted = new Set(keys(en).map(base));
    for (const key of wanted) {
      const plural = keys(en).some((k) => k !== key && base(k) === key);
      if (plural) forms.forEach((form) => expect(have, `${key}_${form}`).toContain(`${key}_${form}`));
      else expect(have, key).toContain(key);
    }
  });

  it('has no empty strings and no untranslated English copies of long texts', () => {
    for (const resources of [pl, uk]) {
      for (const key of keys(resources)) {
        const text = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resources) as string;
        expect(text.length, key).toBeGreaterThan(0);
        const english = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);
        if (typeof english === 'string' && english.length > 25) expect(text, key).not.toBe(english);
      }
    }
  });

  it('explains every step code the deadline engine can emit', async () => {
    const source = await import('../deadlines/compute?raw').catch(() => null);
    const codes = source
      ? [...(source.default as string).matchAll(/step\('([a-zA-Z]+)'/g)].map((m) => m[1]!)
      : [];
    expect(codes.length).toBeGreaterThan(10);
    for (const code of codes) expect(Object.keys(en.step)).toContain(code);
    expect(RULE_IDS.length).toBeGreaterThan(15);
  });
});
