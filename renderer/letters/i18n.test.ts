import { describe, expect, it } from 'vitest';
import { lettersEn, lettersPl, lettersUk } from '../../core/i18n/modules/letters';

/** The same checks as core/i18n/resources.test.ts, for this module until it is merged there. */
function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const at = (resources: object, key: string) =>
  key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources);

describe('letters UI strings', () => {
  it('are titled Letters / Pisma / Листи', () => {
    expect([lettersEn, lettersPl, lettersUk].map((r) => r.letters.title)).toEqual([
      'Letters',
      'Pisma',
      'Листи',
    ]);
  });

  it.each([
    ['pl', lettersPl],
    ['uk', lettersUk],
  ] as const)(
    '%s has every English key, all plural forms and no untranslated long texts',
    (_l, resources) => {
      const have = new Set(keys(resources));
      const english = keys(lettersEn);
      for (const key of new Set(english.map(base))) {
        const plural = english.some((k) => k !== key && base(k) === key);
        if (plural) ['one', 'few', 'many', 'other'].forEach((f) => expect(have).toContain(`${key}_${f}`));
        else expect(have).toContain(key);
      }
      for (const key of have) {
        const text = at(resources, key) as string;
        expect(text.length, key).toBeGreaterThan(0);
        const en = at(lettersEn, key);
        if (typeof en === 'string' && en.length > 25) expect(text, key).not.toBe(en);
      }
    },
  );
});
