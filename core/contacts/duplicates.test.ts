import { describe, expect, it } from 'vitest';
import { findDuplicates, pairScore, type DuplicateGroup } from './duplicates';
import type { Contact } from './schema';
import { email, makeContact, phone } from './test-fixtures';

const person = (id: string, givenName: string, familyName: string, extra: Partial<Contact> = {}) =>
  makeContact({ id, kind: 'person', givenName, familyName, ...extra });
const org = (id: string, organisationName: string, extra: Partial<Contact> = {}) =>
  makeContact({ id, kind: 'organisation', category: 'organisation', organisationName, ...extra });

const idSets = (groups: DuplicateGroup[]) => groups.map((g) => [...g.ids].sort());
const groupOf = (groups: DuplicateGroup[], id: string) => groups.find((g) => g.ids.includes(id));

describe('findDuplicates on Polish and Ukrainian data', () => {
  const directory: Contact[] = [
    person('kowalski-1', 'Jan', 'Kowalski', {
      emails: [email('jan.kowalski@gazeta-ostrowiecka.pl')],
      phones: [phone('+48600123456')],
    }),
    // Same e-mail in other case, phone typed nationally in an old import.
    person('kowalski-2', 'JAN', 'KOWALSKI', {
      emails: [email('Jan.Kowalski@Gazeta-Ostrowiecka.PL')],
      phones: [phone('600 123 456')],
    }),
    // Similar, but another person: must not join the Kowalskis.
    person('kowalska', 'Janina', 'Kowalska', {
      emails: [email('j.kowalska@echo.pl')],
      phones: [phone('+48601999888')],
    }),
    person('wisniewska-1', 'Katarzyna', 'Wiśniewska', { createdAt: '2025-03-01T10:00:00.000Z' }),
    person('wisniewska-2', 'katarzyna', 'WISNIEWSKA', {
      emails: [email('k.wisniewska@radio.kielce.pl')],
      createdAt: '2026-02-01T10:00:00.000Z',
    }),
    // One Ukrainian journalist three times: Latin (passport), Cyrillic, and a Ukrainian national number.
    person('shevchuk-latin', 'Olena', 'Shevchuk', { emails: [email('olena.shevchuk@ukrinform.ua')] }),
    person('shevchuk-cyr', 'Олена', 'Шевчук', { phones: [phone('+380501234567')] }),
    person('shevchuk-phone', 'О.', 'Шевчук', { phones: [phone('050 123 4567')] }),
    // Two different women of the same name, told apart by their patronymics.
    person('bondar-ivanivna', 'Оксана', 'Бондар', { patronymic: 'Іванівна' }),
    person('bondar-petrivna', 'Оксана', 'Бондар', { patronymic: 'Петрівна' }),
    // An apostrophe in three spellings.
    person('demianchuk-1', 'Мар’яна', 'Дем’янчук'),
    person('demianchuk-2', "Мар'яна", 'Демʼянчук'),
    // Organisations.
    org('gazeta-1', '„Gazeta Ostrowiecka” Sp. z o.o.', { phones: [phone('+48412651122')] }),
    org('gazeta-2', 'GAZETA OSTROWIECKA SP.Z O.O.'),
    org('ukrinform-1', 'ТОВ «Укрінформ»'),
    org('ukrinform-2', 'Ukrinform'),
    org('echo', 'Echo Dnia'),
    // A journalist who shares the newsroom phone with her outlet: not a duplicate of the outlet.
    person('newsroom-journalist', 'Anna', 'Nowak', { phones: [phone('41 265 11 22')] }),
    // Erased records all carry the same placeholder: never duplicates.
    person('erased-1', '', '[usunięto]', { erasedAt: '2026-01-01T00:00:00.000Z' }),
    person('erased-2', '', '[usunięto]', { erasedAt: '2026-01-02T00:00:00.000Z' }),
  ];
  const groups = findDuplicates(directory);

  it('finds exactly the duplicates', () => {
    expect(idSets(groups).sort()).toEqual(
      [
        ['kowalski-1', 'kowalski-2'],
        ['wisniewska-1', 'wisniewska-2'],
        ['shevchuk-cyr', 'shevchuk-latin', 'shevchuk-phone'],
        ['demianchuk-1', 'demianchuk-2'],
        ['gazeta-1', 'gazeta-2'],
        ['ukrinform-1', 'ukrinform-2'],
      ].sort(),
    );
  });

  it('gives the reasons: e-mail in any case, phone in any format, folded name', () => {
    const kowalski = groupOf(groups, 'kowalski-1')!;
    expect(kowalski.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'email', value: 'jan.kowalski@gazeta-ostrowiecka.pl' },
        { kind: 'phone', value: '+48600123456' },
        { kind: 'name', value: expect.any(String) },
      ]),
    );
    const shevchuk = groupOf(groups, 'shevchuk-latin')!;
    expect(shevchuk.pairs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          a: 'shevchuk-latin',
          b: 'shevchuk-cyr',
          reasons: [{ kind: 'name', value: 'olena shevchuk' }],
        }),
        expect.objectContaining({
          a: 'shevchuk-cyr',
          b: 'shevchuk-phone',
          reasons: [{ kind: 'phone', value: '+380501234567' }],
        }),
      ]),
    );
    expect(groupOf(groups, 'ukrinform-1')!.reasons).toEqual([{ kind: 'organisation', value: 'ukrinform' }]);
  });

  it('scores more evidence higher and sorts by score', () => {
    const kowalski = groupOf(groups, 'kowalski-1')!;
    const wisniewska = groupOf(groups, 'wisniewska-1')!;
    expect(kowalski.score).toBeGreaterThan(wisniewska.score);
    expect(kowalski.score).toBe(
      pairScore([
        { kind: 'email', value: '' },
        { kind: 'phone', value: '' },
        { kind: 'name', value: '' },
      ]),
    );
    expect(wisniewska.score).toBe(0.6);
    expect(groups.map((g) => g.score)).toEqual([...groups.map((g) => g.score)].sort((a, b) => b - a));
  });

  it('suggests the fullest record as the one to keep, the oldest on a tie', () => {
    expect(groupOf(groups, 'wisniewska-1')!.primaryId).toBe('wisniewska-2');
    expect(groupOf(groups, 'demianchuk-1')!.primaryId).toBe('demianchuk-1');
  });

  it('does not join Jan Kowalski and Janina Kowalska, nor people with different patronymics', () => {
    expect(groupOf(groups, 'kowalska')).toBeUndefined();
    expect(groupOf(groups, 'bondar-ivanivna')).toBeUndefined();
    expect(groupOf(groups, 'newsroom-journalist')).toBeUndefined();
    expect(groupOf(groups, 'erased-1')).toBeUndefined();
  });

  it('joins Oksana Bondar when one record has no patronymic', () => {
    const more = [...directory, person('bondar-plain', 'Oksana', 'Bondar')];
    const bondar = groupOf(findDuplicates(more), 'bondar-plain')!;
    expect([...bondar.ids].sort()).toEqual(['bondar-ivanivna', 'bondar-petrivna', 'bondar-plain']);
    expect(bondar.pairs.map((p) => [p.a, p.b].sort().join('+')).sort()).toEqual([
      'bondar-ivanivna+bondar-plain',
      'bondar-petrivna+bondar-plain',
    ]);
  });

  it('ignores a value shared by many records (a switchboard number)', () => {
    const staff = Array.from({ length: 30 }, (_, i) =>
      person(`staff-${i}`, `Imię${i}`, `Nazwisko${i}`, { phones: [phone('+48 41 367 60 00')] }),
    );
    expect(findDuplicates(staff)).toEqual([]);
    expect(findDuplicates(staff.slice(0, 2))).toHaveLength(1);
    expect(findDuplicates(staff, { maxBucketSize: 50 })).toHaveLength(1);
  });

  it('drops pairs below minScore', () => {
    const strong = findDuplicates(directory, { minScore: 0.7 });
    expect(idSets(strong).sort()).toEqual(
      [
        ['kowalski-1', 'kowalski-2'],
        ['shevchuk-cyr', 'shevchuk-phone'],
        ['gazeta-1', 'gazeta-2'],
        ['ukrinform-1', 'ukrinform-2'],
      ].sort(),
    );
  });

  it('reads national numbers in the office country', () => {
    const a = person('a', 'Taras', 'Melnyk', { phones: [phone('50 123 4567')] });
    const b = person('b', 'Taras', 'Melnyk-Ivanenko', { phones: [phone('+380501234567')] });
    expect(findDuplicates([a, b])).toEqual([]);
    expect(findDuplicates([a, b], { phoneCountry: 'UA' })).toHaveLength(1);
  });
});

describe('findDuplicates on 10,000 contacts', () => {
  // Unique names from two-letter syllables: no two are spellings of each other.
  const SYLLABLES = [
    'ba',
    'de',
    'ko',
    'lu',
    'ma',
    'ni',
    'po',
    'ra',
    'se',
    'tu',
    'go',
    'fi',
    'ha',
    'ze',
    'mo',
    'ku',
    'le',
    'na',
    'pi',
    'ro',
    'su',
    'te',
  ];
  const stem = (i: number) =>
    SYLLABLES[i % 22]! + SYLLABLES[Math.floor(i / 22) % 22]! + SYLLABLES[Math.floor(i / 484) % 22]!;
  const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  const cyrillic: Record<string, string> = {
    ba: 'ба',
    de: 'де',
    ko: 'ко',
    lu: 'лу',
    ma: 'ма',
    ni: 'ні',
    po: 'по',
    ra: 'ра',
    se: 'се',
    tu: 'ту',
    go: 'ґо',
    fi: 'фі',
    ha: 'га',
    ze: 'зе',
    mo: 'мо',
    ku: 'ку',
    le: 'ле',
    na: 'на',
    pi: 'пі',
    ro: 'ро',
    su: 'су',
    te: 'те',
  };
  const toCyrillic = (latin: string) => latin.replace(/../g, (s) => cyrillic[s]!);
  const POLISH = ['Jan', 'Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Małgorzata', 'Paweł', 'Agnieszka'];
  const UKRAINIAN = ['Олена', 'Тарас', 'Оксана', 'Богдан', 'Ірина', 'Андрій', 'Наталія', 'Василь'];

  const contacts: Contact[] = [];
  for (let i = 0; i < 10_000; i++) {
    const ukrainian = i % 2 === 1;
    contacts.push(
      person(
        `c${i}`,
        ukrainian ? UKRAINIAN[i % 8]! : POLISH[i % 8]!,
        ukrainian ? capital(toCyrillic(stem(i))) + 'ук' : capital(stem(i)) + 'ski',
        {
          emails: [email(`osoba${i}@example.pl`)],
          phones: [phone(`+48${600_000_000 + i * 7}`)],
        },
      ),
    );
  }
  // Planted duplicates: a Polish record again with its e-mail in capitals and its phone typed
  // nationally; a Ukrainian record again in KMU Latin with nothing else.
  const planted: [string, string][] = [];
  for (let k = 0; k < 100; k++) {
    const original = contacts[k * 97]!;
    const copy =
      original.givenName === POLISH[(k * 97) % 8]
        ? person(`dup${k}`, original.givenName.toUpperCase(), original.familyName, {
            emails: [email(original.emails[0]!.value.toUpperCase())],
            phones: [phone(original.phones[0]!.value.slice(3).replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3'))],
          })
        : person(`dup${k}`, transliterate(original.givenName), transliterate(original.familyName));
    contacts.push(copy);
    planted.push([original.id, copy.id]);
  }

  function transliterate(text: string): string {
    const table: Record<string, string> = {
      о: 'o',
      л: 'l',
      е: 'e',
      н: 'n',
      а: 'a',
      т: 't',
      р: 'r',
      с: 's',
      к: 'k',
      б: 'b',
      г: 'h',
      д: 'd',
      і: 'i',
      и: 'y',
      в: 'v',
      ь: '',
      ф: 'f',
      з: 'z',
      м: 'm',
      у: 'u',
      п: 'p',
      ґ: 'g',
      ю: 'iu',
      я: 'ia',
      й: 'i',
      ї: 'i',
      ш: 'sh',
    };
    const latin = [...text.toLowerCase()].map((ch) => table[ch] ?? ch).join('');
    return capital(latin.replace(/^ia/, 'ya').replace(/^iu/, 'yu'));
  }

  it('finds exactly the planted pairs', () => {
    const groups = findDuplicates(contacts);
    expect(idSets(groups).sort()).toEqual(planted.map((p) => [...p].sort()).sort());
    const reasonsOf = (dupId: string) =>
      groups
        .find((g) => g.ids.includes(dupId))!
        .reasons.map((r) => r.kind)
        .sort();
    expect(reasonsOf('dup0')).toEqual(['email', 'name', 'phone']); // c0 is Polish
    expect(reasonsOf('dup1')).toEqual(['name']); // c97 is Ukrainian
  });
});
