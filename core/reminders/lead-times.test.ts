import { describe, expect, it } from 'vitest';
import { defaultReminderSettings, ReminderSettingsSchema } from './lead-times';

describe('reminder lead times', () => {
  it('defaults per module, in minutes before the deadline', () => {
    expect(defaultReminderSettings()).toEqual({
      inquiries: [1440, 120],
      authorizations: [120, 30],
      decisions: [4320, 1440],
      patronage: [10080, 1440],
    });
  });

  it('gives a fresh copy of the defaults each time', () => {
    const a = defaultReminderSettings();
    a.inquiries.push(5);
    expect(defaultReminderSettings().inquiries).toEqual([1440, 120]);
  });

  it('keeps what the office set, sorted from the earliest reminder, without repeats; drops unknown modules', () => {
    expect(ReminderSettingsSchema.parse({ inquiries: [60, 2880, 60], calendar: [15] })).toEqual({
      inquiries: [2880, 60],
      authorizations: [120, 30],
      decisions: [4320, 1440],
      patronage: [10080, 1440],
    });
  });

  it.each([
    ['negative', [-1], 'invalid'],
    ['fractional', [1.5], 'invalid'],
    ['beyond 30 days', [30 * 1440 + 1], 'invalid'],
    ['not a number', ['60'], 'invalid'],
    ['too many', [1, 2, 3, 4, 5, 6, 7], 'tooMany'],
  ])('rejects a lead list that is %s', (_label, leads, message) => {
    const result = ReminderSettingsSchema.safeParse({ decisions: leads });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
    expect(result.error?.issues[0]?.path[0]).toBe('decisions');
  });

  it('accepts the bounds: 0 (at the deadline) and 30 days, and an empty list (no reminders)', () => {
    expect(ReminderSettingsSchema.parse({ patronage: [0, 43_200], decisions: [] })).toMatchObject({
      patronage: [43_200, 0],
      decisions: [],
    });
  });
});
