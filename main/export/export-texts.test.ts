import { describe, expect, it } from 'vitest';
import { INQUIRY_STATUSES, OUTLET_TYPES, CHANNELS } from '../../core/inquiries/schema';
import { LANGUAGES } from '../../core/settings/schema';
import { exportText, exportTexts, type ExportTextKey } from '../../core/i18n/export-texts';

describe('exportTexts', () => {
  it('has the same non-empty keys in every language', () => {
    const keys = Object.keys(exportTexts.pl).sort();
    for (const lang of LANGUAGES) {
      expect(Object.keys(exportTexts[lang]).sort()).toEqual(keys);
      for (const value of Object.values(exportTexts[lang])) expect(value.trim()).not.toBe('');
    }
  });

  it('names every status, channel and outlet type', () => {
    const keys = Object.keys(exportTexts.pl);
    for (const s of INQUIRY_STATUSES) expect(keys).toContain(`status.${s}`);
    for (const c of CHANNELS) expect(keys).toContain(`channel.${c}`);
    for (const o of OUTLET_TYPES) expect(keys).toContain(`outletType.${o}`);
  });

  it('uses the same placeholders in every language', () => {
    const names = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(exportTexts.pl) as ExportTextKey[]) {
      // The English salutation names the journalist; the others use a neutral form.
      if (key === 'letter.salutation') continue;
      expect(names(exportTexts.uk[key]), key).toEqual(names(exportTexts.pl[key]));
      expect(names(exportTexts.en[key]), key).toEqual(names(exportTexts.pl[key]));
    }
  });

  it('keeps Polish and Ukrainian letters', () => {
    expect(exportText('pl', 'col.daysLate')).toBe('Dni opóźnienia');
    expect(exportText('uk', 'col.daysLate')).toBe('Днів прострочення');
    expect(exportText('pl', 'register.sheetName')).toBe('Rejestr zapytań prasowych');
  });
});

describe('exportText', () => {
  it('interpolates {{name}} and keeps unknown placeholders', () => {
    expect(exportText('pl', 'letter.ref', { regNo: 'BP.1.2026' })).toBe('Znak: BP.1.2026');
    expect(exportText('uk', 'letter.ref', { regNo: 'ПС-1/2026' })).toBe('Вих. № ПС-1/2026');
    expect(exportText('en', 'letter.placeDate', { city: 'Kyiv' })).toBe('Kyiv, {{date}}');
    expect(exportText('en', 'letter.ref')).toBe('Ref.: {{regNo}}');
  });

  it('does not treat $ patterns in values specially', () => {
    expect(exportText('en', 'letter.ref', { regNo: "$&$1$'" })).toBe("Ref.: $&$1$'");
  });
});
