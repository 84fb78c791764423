import { describe, expect, it } from 'vitest';
import { matchesQuery, searchWords } from './search';
import { makeContact, phone, email } from './test-fixtures';

const olena = makeContact({
  id: 'c1',
  givenName: 'Олена',
  familyName: 'Шевчук',
  emails: [email('o.shevchuk@vechirnii.ua')],
  phones: [phone('+380501234567')],
  tags: ['kultura'],
});
const jan = makeContact({ id: 'c2', givenName: 'Jan', familyName: 'Kowalski', position: 'reporter' });

describe('finding a contact by what people type', () => {
  it('finds a Cyrillic name typed in Latin or in Polish spelling', () => {
    const words = searchWords(olena);
    expect(matchesQuery(words, 'Shevchuk')).toBe(true);
    expect(matchesQuery(words, 'szewczuk')).toBe(true);
    expect(matchesQuery(words, 'Шевч')).toBe(true);
    expect(matchesQuery(words, 'Kowalski')).toBe(false);
  });

  it('needs every word to begin a word of the record, in any order', () => {
    const words = searchWords(jan);
    expect(matchesQuery(words, 'kow jan')).toBe(true);
    expect(matchesQuery(words, 'kow anna')).toBe(false);
    expect(matchesQuery(words, 'owalski')).toBe(false);
  });

  it('finds by a phone number however it is written, and by tag and linked organisation', () => {
    const words = searchWords(olena, 'Вечірній Київ');
    expect(matchesQuery(words, '050 123 45 67')).toBe(true);
    expect(matchesQuery(words, '+380 50 123')).toBe(true);
    expect(matchesQuery(words, '600 100 200')).toBe(false);
    expect(matchesQuery(words, 'kult')).toBe(true);
    expect(matchesQuery(words, 'Vechirnii')).toBe(true);
  });

  it('lists everything for an empty query', () => {
    expect(matchesQuery(searchWords(jan), '  ')).toBe(true);
  });
});
