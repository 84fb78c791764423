import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../core/settings/schema';
import { errorText } from '../common/ErrorMessage';
import { AppError } from '../../core/errors';
import { initI18n } from '../i18n/setup';
import { historyValue } from './history-values';

describe('history and error wording', () => {
  const office = {
    ...defaultSettings('x').office,
    people: [{ id: 'akow', name: 'Anna Kowalska', departmentId: null, position: '' }],
  };

  it('shows codes as words and instants in the office zone', () => {
    initI18n('pl');
    const t = i18next.t.bind(i18next) as never;
    expect(historyValue('status', 'answered', t, office, 'pl')).toBe('Udzielono odpowiedzi');
    expect(historyValue('answer_channel', 'epuap', t, office, 'pl')).toBe('ePUAP');
    expect(historyValue('assignee_person_id', 'akow', t, office, 'pl')).toBe('Anna Kowalska');
    expect(historyValue('suspended', 1, t, office, 'pl')).toBe('Tak');
    expect(historyValue('due_at', '2025-12-29T23:00:00.000Z', t, office, 'pl')).toBe('30 gru 2025, 00:00');
    expect(historyValue('extension_reason', null, t, office, 'pl')).toBe('—');
    expect(i18next.t('field.extension_due_date')).toBe('Przedłużono do');
  });

  it('formats dates inside deadline errors', () => {
    initI18n('en');
    const error = new AppError('DEADLINE', {
      reason: 'EXTENSION_BEYOND_CAP',
      newDueDate: '2026-02-20',
      cap: '2026-02-10',
    });
    expect(errorText(i18next.t.bind(i18next) as never, error, 'en')).toBe(
      'The deadline cannot be set this way. Nothing was saved. The new date Fri, 20 Feb 2026 is beyond the statutory maximum Tue, 10 Feb 2026.',
    );
  });
});
