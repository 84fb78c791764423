import { describe, expect, it } from 'vitest';
import { hashOfLink } from './link';

describe('where a due item opens', () => {
  it('opens the record of each module', () => {
    expect(hashOfLink({ route: 'inquiry', id: 'i 1' })).toBe('#/inquiries/i%201');
    expect(hashOfLink({ route: 'authorization', id: 'a1' })).toBe('#/authorizations/a1');
    expect(hashOfLink({ route: 'patronage', id: 'p1' })).toBe('#/patronage/p1');
    expect(hashOfLink({ route: 'decisions', id: 'd1' })).toBe('#/decisions');
    expect(hashOfLink({ route: 'calendar' })).toBe('#/calendar');
  });
});
