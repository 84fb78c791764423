import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { describeStartupError, startupLanguage } from './startup-error';

describe('startup errors', () => {
  it.each([
    ['pl_PL.UTF-8', 'pl'],
    ['uk-UA', 'uk'],
    ['en_GB', 'en'],
    [undefined, 'en'],
  ] as const)('locale %s → %s', (locale, lang) => expect(startupLanguage(locale)).toBe(lang));

  it('says in the user language that the database is from a newer version', () => {
    const error = new AppError('DB_TOO_NEW', { found: 9, supported: 1 });
    expect(describeStartupError(error, 'pl')).toBe(
      'Bazę danych zapisała nowsza wersja PressDesk (schemat 9; ta wersja zna 1).',
    );
    expect(describeStartupError(new AppError('DB_LOCKED', { file: '/d/p.sqlite' }), 'uk')).toContain(
      '/d/p.sqlite',
    );
  });
});
