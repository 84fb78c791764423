import { describe, expect, it } from 'vitest';
import {
  criterionLabel,
  DEFAULT_CRITERION_IDS,
  defaultPatronageSettings,
  PatronageSettingsSchema,
  PatronageSettingsUpdateSchema,
} from './settings';

describe('patronage settings', () => {
  it('defaults to 30 days ahead, the logo 7 days before, the report 30 days after, five criteria', () => {
    expect(defaultPatronageSettings()).toEqual({
      leadDays: 30,
      logoApprovalDaysBefore: 7,
      reportDaysAfter: 30,
      criteria: DEFAULT_CRITERION_IDS.map((id) => ({ id, label: '' })),
    });
  });

  it('shows a built-in criterion in the reader’s language unless the office renamed it', () => {
    const [publicBenefit] = defaultPatronageSettings().criteria;
    if (!publicBenefit) throw new Error('no criteria');
    expect(criterionLabel(publicBenefit, 'pl')).toBe('Wydarzenie służy mieszkańcom (pożytek publiczny)');
    expect(criterionLabel(publicBenefit, 'uk')).toBe('Захід служить мешканцям (суспільна користь)');
    expect(criterionLabel(publicBenefit, 'en')).toBe('The event serves residents (public benefit)');
    expect(criterionLabel({ id: 'publicBenefit', label: 'Dla mieszkańców' }, 'en')).toBe('Dla mieszkańców');
  });

  it('needs a label for the office’s own criterion, and unique ids', () => {
    const own = PatronageSettingsSchema.safeParse({ criteria: [{ id: 'ecology', label: '' }] });
    expect(own.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual([
      'criteria.0.label:required',
    ]);
    const twice = PatronageSettingsSchema.safeParse({
      criteria: [{ id: 'openAccess' }, { id: 'openAccess', label: 'Otwarte' }],
    });
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['invalid']);
    expect(PatronageSettingsSchema.safeParse({ criteria: [{ id: 'has space', label: 'x' }] }).success).toBe(
      false,
    );
    expect(PatronageSettingsSchema.parse({ criteria: [] }).criteria).toEqual([]);
  });

  it('rejects negative or fractional day counts', () => {
    expect(PatronageSettingsSchema.safeParse({ leadDays: -1 }).success).toBe(false);
    expect(PatronageSettingsSchema.safeParse({ reportDaysAfter: 1.5 }).success).toBe(false);
  });

  it('updates only what was sent', () => {
    expect(PatronageSettingsUpdateSchema.parse({ reportDaysAfter: 14 })).toEqual({ reportDaysAfter: 14 });
  });
});
