import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { partialUpdate } from './partial';

describe('partialUpdate', () => {
  const Fields = z.object({
    title: z.string().min(1, 'required'),
    notes: z.string().default(''),
    count: z.number().default(1),
  });

  it('leaves out what was not sent instead of filling defaults', () => {
    expect(partialUpdate(Fields).parse({ title: 'Nowy' })).toEqual({ title: 'Nowy' });
    expect(Fields.partial().parse({ title: 'Nowy' })).toEqual({ title: 'Nowy', notes: '', count: 1 });
  });

  it('still validates what was sent', () => {
    expect(partialUpdate(Fields).safeParse({ title: '' }).success).toBe(false);
  });
});
