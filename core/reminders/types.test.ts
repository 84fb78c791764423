import { describe, expect, it } from 'vitest';
import { DueItemSchema } from './types';

const base = {
  module: 'decisions',
  kind: 'decision',
  recordId: 'd1',
  title: 'x'.repeat(2000),
  link: { route: 'decisions', id: 'd1' },
};

describe('DueItemSchema', () => {
  it('takes exactly one of dueAt (a zoned instant) and dueDate (a local day)', () => {
    expect(
      DueItemSchema.safeParse({ ...base, dueAt: '2026-03-20T10:00:00+01:00', dueDate: null }).success,
    ).toBe(true);
    expect(DueItemSchema.safeParse({ ...base, dueAt: null, dueDate: '2026-03-20' }).success).toBe(true);
    expect(
      DueItemSchema.safeParse({ ...base, dueAt: '2026-03-20T10:00:00Z', dueDate: '2026-03-20' }).success,
    ).toBe(false);
    expect(DueItemSchema.safeParse({ ...base, dueAt: null, dueDate: null }).success).toBe(false);
    expect(DueItemSchema.safeParse({ ...base, dueAt: '2026-03-20T10:00:00', dueDate: null }).success).toBe(
      false,
    );
    expect(DueItemSchema.safeParse({ ...base, dueAt: null, dueDate: '20.03.2026' }).success).toBe(false);
  });

  it('knows the modules', () => {
    expect(
      DueItemSchema.safeParse({ ...base, module: 'letters', dueAt: null, dueDate: '2026-03-20' }).success,
    ).toBe(false);
  });
});
