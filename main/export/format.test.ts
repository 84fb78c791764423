import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysLate } from './days-late';
import {
  citationText,
  excelLocalDate,
  excelLocalDateTime,
  formatDateTime,
  formatLongDate,
  formatLongDateOf,
  paragraphsOf,
} from './format';
import { NOW, plInquiry, uaInquiry } from './test-fixtures';

// Run everything on a machine zone far from the office zones: the output must not change.
const savedTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('dates in words', () => {
  it('formats a local date in each language', () => {
    expect(formatLongDate('2026-11-23', 'pl')).toBe('23 listopada 2026 r.');
    expect(formatLongDate('2026-11-23', 'uk')).toBe('23 листопада 2026 р.');
    expect(formatLongDate('2026-11-23', 'en')).toBe('23 November 2026');
  });

  it('takes the day of an instant in the office zone, not the machine zone', () => {
    // 23:30 UTC is already the next day in Warsaw (CET) and Kyiv (EET).
    expect(formatLongDateOf('2026-11-23T23:30:00Z', 'Europe/Warsaw', 'pl')).toBe('24 listopada 2026 r.');
    expect(formatLongDateOf('2026-11-23T21:30:00Z', 'Europe/Kyiv', 'uk')).toBe('23 листопада 2026 р.');
    expect(formatLongDateOf('2026-11-23T22:30:00Z', 'Europe/Kyiv', 'uk')).toBe('24 листопада 2026 р.');
  });

  it('formats a local date-time in the office zone, across DST', () => {
    expect(formatDateTime('2026-11-23T23:30:00Z', 'Europe/Warsaw', 'pl')).toBe('24.11.2026, 00:30');
    expect(formatDateTime('2026-07-01T12:05:00Z', 'Europe/Kyiv', 'uk')).toBe('01.07.2026, 15:05');
    expect(formatDateTime('2026-07-01T12:05:00Z', 'Europe/Warsaw', 'en')).toBe('1 Jul 2026, 14:05');
  });
});

describe('Excel date carriers', () => {
  it('stores the office wall clock in the UTC fields', () => {
    expect(excelLocalDateTime('2026-11-23T23:30:00Z', 'Europe/Warsaw').toISOString()).toBe(
      '2026-11-24T00:30:00.000Z',
    );
    expect(excelLocalDateTime('2026-03-29T01:30:00Z', 'Europe/Warsaw').toISOString()).toBe(
      '2026-03-29T03:30:00.000Z',
    );
    expect(excelLocalDate('2026-11-23').toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});

describe('citationText', () => {
  it('renders the rule citation with the act date in the language', () => {
    const pl = citationText('PL-UDIP-PROVIDE', 'pl');
    expect(pl).toContain('art. 13 ust. 1');
    expect(pl).toContain('o dostępie do informacji publicznej z dnia 6.09.2001');
    expect(citationText('UA-API-RESPONSE', 'uk')).toMatch(
      /^ст\. 20 ч\. 1, Закон України «Про доступ до публічної інформації».* від 13\.01\.2011$/,
    );
    expect(citationText('PL-UDIP-PROVIDE', 'en')).toMatch(/ of 6\.09\.2001$/);
  });
});

describe('paragraphsOf', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(paragraphsOf('Raz\r\ndwa\r\n\r\n  \n\nTrzy\n')).toEqual([['Raz', 'dwa'], ['Trzy']]);
    expect(paragraphsOf('  \n\n ')).toEqual([]);
  });
});

describe('daysLate', () => {
  const zone = 'Europe/Warsaw';

  it('counts calendar days from the local due date to local today for an overdue open inquiry', () => {
    expect(daysLate(plInquiry(), NOW, zone)).toBe(2);
  });

  it('is at least 1 just after the deadline and 0 before it', () => {
    expect(daysLate(plInquiry(), '2026-11-23T23:00:00Z', zone)).toBe(1);
    expect(daysLate(plInquiry(), '2026-11-23T22:59:59Z', zone)).toBe(0);
  });

  it('counts closed inquiries up to the local date of the answer, refusal or forwarding', () => {
    expect(
      daysLate(plInquiry({ status: 'answered', answerSentAt: '2026-11-20T10:00:00+01:00' }), NOW, zone),
    ).toBe(0);
    // Sent at 00:30 local on 26 Nov (23:30 UTC on 25 Nov): three days after the due day.
    expect(daysLate(plInquiry({ status: 'answered', answerSentAt: '2026-11-25T23:30:00Z' }), NOW, zone)).toBe(
      3,
    );
    expect(
      daysLate(plInquiry({ status: 'refused', refusedAt: '2026-11-24T09:00:00+01:00' }), NOW, zone),
    ).toBe(1);
    expect(
      daysLate(plInquiry({ status: 'forwarded', forwardedAt: '2026-11-10T09:00:00+01:00' }), NOW, zone),
    ).toBe(0);
  });

  it('uses the local date of dueAt for hour rules', () => {
    const urgent = uaInquiry({ ruleId: 'UA-API-URGENT', dueDate: null, dueAt: '2026-11-24T08:00:00.000Z' });
    expect(daysLate(urgent, NOW, 'Europe/Kyiv')).toBe(1);
    expect(
      daysLate({ ...urgent, status: 'answered', answerSentAt: '2026-11-24T09:00:00Z' }, NOW, 'Europe/Kyiv'),
    ).toBe(1);
  });

  it('is empty without a running deadline or for a withdrawn inquiry', () => {
    expect(
      daysLate(plInquiry({ status: 'paused', suspended: true, dueAt: null, dueDate: null }), NOW, zone),
    ).toBeNull();
    expect(daysLate(plInquiry({ status: 'withdrawn', withdrawnAt: NOW }), NOW, zone)).toBeNull();
  });
});
