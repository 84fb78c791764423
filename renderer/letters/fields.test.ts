import { describe, expect, it } from 'vitest';
import { commonFieldsOf, extraRecipientFieldsOf, guessMapping } from './fields';
import { addressOf, parseGender, recipientName, salutationInputOf } from './recipients';
import { OWN, template } from './test-harness';

describe('the fields of a template', () => {
  it('types once what neither the recipient nor the service fills', () => {
    const invitation = template({ placeholders: ['event', 'eventDate', 'eventPlace', 'eventTime'] });
    expect(commonFieldsOf(invitation)).toEqual(['event', 'eventDate', 'eventPlace', 'eventTime']);
    expect(commonFieldsOf(template({ placeholders: ['names', 'achievement', 'years'] }))).toEqual([
      'achievement',
    ]);
    expect(commonFieldsOf(OWN)).toEqual(['okazja']);
    const own = template({
      builtin: false,
      placeholders: ['recipient.name', 'salutation', 'couples.names', 'znak', 'occasion'],
      loops: ['couples'],
      mapping: { znak: 'regNo' },
    });
    expect(commonFieldsOf(own)).toEqual(['occasion']);
  });

  it('adds the columns a template uses, and the patronymic for Ukrainian', () => {
    expect(extraRecipientFieldsOf(template({ placeholders: ['names', 'years', 'achievement'] }))).toEqual([
      'names',
      'years',
    ]);
    expect(extraRecipientFieldsOf(template({ language: 'uk', placeholders: [] }))).toEqual(['patronymic']);
    expect(extraRecipientFieldsOf(OWN)).toEqual([]);
  });

  it('guesses Polish placeholder names and leaves the rest to be typed', () => {
    expect(guessMapping(['Imię', 'NAZWISKO', 'kod_pocztowy', 'okazja', 'salutation'])).toEqual({
      Imię: 'givenName',
      NAZWISKO: 'familyName',
      kod_pocztowy: 'postalCode',
      okazja: '',
      salutation: 'salutation',
    });
  });
});

describe('a recipient', () => {
  it('is named by person, then the organisation; the address is street, then postal code and city', () => {
    const draft = {
      id: 'a',
      address: '',
      fields: { givenName: 'Іван', patronymic: 'Петрович', familyName: 'Коваленко' },
    };
    expect(recipientName(draft)).toBe('Іван Петрович Коваленко');
    expect(recipientName({ id: 'b', address: '', fields: { organisation: 'SP nr 3' } })).toBe('SP nr 3');
    expect(addressOf({ street: 'ul. Długa 1', postalCode: '00-001', city: 'Warszawa' })).toBe(
      'ul. Długa 1\n00-001 Warszawa',
    );
  });

  it('reads the gender as lists write it and addresses organisations and couples in the plural', () => {
    expect(['M', 'k', 'Kobieta', 'ж', 'male', 'x'].map(parseGender)).toEqual([
      'male',
      'female',
      'female',
      'female',
      'male',
      undefined,
    ]);
    expect(salutationInputOf({ id: 'o', address: '', fields: { organisation: 'SP nr 3' } }, 'pl').form).toBe(
      'plural',
    );
    expect(salutationInputOf({ id: 'c', address: '', fields: { names: 'Anna i Jan' } }, 'pl').form).toBe(
      'plural',
    );
    expect(salutationInputOf({ id: 'p', address: '', fields: { fullName: 'Jan Kowalski' } }, 'pl')).toEqual({
      language: 'pl',
      givenName: 'Jan',
      familyName: 'Kowalski',
    });
  });
});
