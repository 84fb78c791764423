import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { ContactCreateSchema, type Contact } from './schema';
import { email, makeContact, phone } from './test-fixtures';
import { contactsFromVcard, contactsToVcard } from './vcard';

const LONG_NOTE =
  'Dziennikarka śledcza, pisze o zamówieniach publicznych i inwestycjach miejskich; prosi o odpowiedzi ' +
  'na piśmie. Українською: працює також для «Суспільного», пише про Волинь і Житомирщину.\n' +
  'Druga linia: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ — ґєії’ — znaki specjalne ; , \\ koniec.';

const polish = makeContact({
  id: 'c1',
  category: 'journalist',
  outletType: 'daily',
  title: 'dr',
  givenName: 'Katarzyna',
  familyName: 'Wiśniewska-Żółkiewska',
  gender: 'female',
  organisationName: 'Gazeta Ostrowiecka; dodatek „Region”',
  position: 'redaktor działu, miasto',
  emails: [email('k.wisniewska@gazeta-ostrowiecka.pl', 'work'), email('kasia@poczta.pl')],
  phones: [phone('+48600123456', 'mobile'), phone('+48412651122', 'redakcja'), phone('centrala wew. 123')],
  addresses: [
    {
      street: 'ul. Sienkiewicza 12, lok. 3',
      postalCode: '27-400',
      city: 'Ostrowiec Świętokrzyski',
      country: 'Polska',
    },
  ],
  tags: ['kultura', 'samorząd, gmina', 'Sport'],
  notes: LONG_NOTE,
});
const ukrainian = makeContact({
  id: 'c2',
  category: 'journalist',
  outletType: 'tv',
  givenName: 'Олена',
  patronymic: 'Іванівна',
  familyName: 'Шевчук',
  gender: 'female',
  organisationName: 'Суспільне Мовлення',
  position: 'кореспондентка',
  emails: [email('o.shevchuk@suspilne.media', 'home')],
  phones: [phone('+380501234567', 'fax'), phone('+380671234567', 'Редакція')],
  addresses: [{ street: 'вул. Мельникова, 42', postalCode: '04119', city: 'Київ', country: 'Україна' }],
  tags: ['Преса'],
});
const outlet = makeContact({
  id: 'c3',
  kind: 'organisation',
  category: 'outlet',
  outletType: 'radio',
  organisationName: 'Radio Kielce S.A.',
  emails: [email('redakcja@radio.kielce.pl', 'redakcja')],
  notes: 'Backslash \\ i średnik ;',
});

const FIELDS = [
  'kind',
  'category',
  'outletType',
  'title',
  'givenName',
  'familyName',
  'patronymic',
  'gender',
  'organisationName',
  'position',
  'emails',
  'phones',
  'addresses',
  'tags',
  'notes',
] as const;
const pick = (c: Partial<Contact>) => Object.fromEntries(FIELDS.map((f) => [f, c[f]]));

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('contactsToVcard', () => {
  const vcf = contactsToVcard([polish, ukrainian, outlet]);
  const lines = vcf.split('\r\n');

  it('writes vCard 4.0 cards with CRLF and lines of at most 75 octets', () => {
    expect(vcf.endsWith('END:VCARD\r\n')).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VCARD')).toHaveLength(3);
    expect(lines.filter((l) => l === 'VERSION:4.0')).toHaveLength(3);
    expect(vcf.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('folds the long note over several lines without splitting a character', () => {
    const start = lines.findIndex((l) => l.startsWith('NOTE:'));
    let end = start + 1;
    while (lines[end]!.startsWith(' ')) end++;
    expect(end - start).toBeGreaterThan(3);
    expect(
      lines
        .slice(start, end)
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe('NOTE:' + LONG_NOTE.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/\n/g, '\\n'));
    expect(vcf).not.toContain('\uFFFD');
  });

  it('writes the standard properties', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'KIND:individual',
        'FN:dr Katarzyna Wiśniewska-Żółkiewska',
        'N:Wiśniewska-Żółkiewska;Katarzyna;;dr;',
        'ORG:Gazeta Ostrowiecka\\; dodatek „Region”',
        'TITLE:redaktor działu\\, miasto',
        'GENDER:F',
        'EMAIL;TYPE=work:k.wisniewska@gazeta-ostrowiecka.pl',
        'EMAIL:kasia@poczta.pl',
        'TEL;VALUE=uri;TYPE=cell:tel:+48600123456',
        'item1.TEL;VALUE=uri:tel:+48412651122',
        'item1.X-ABLabel:redakcja',
        'TEL;VALUE=text:centrala wew. 123',
        'ADR:;;ul. Sienkiewicza 12\\, lok. 3;Ostrowiec Świętokrzyski;;27-400;Polska',
        'CATEGORIES:kultura,samorząd\\, gmina,Sport',
        'X-PRESSDESK-CATEGORY:journalist',
        'X-PRESSDESK-OUTLET-TYPE:daily',
        'N:Шевчук;Олена;Іванівна;;',
        'KIND:org',
        'FN:Radio Kielce S.A.',
      ]),
    );
  });

  it('leaves out erased records and everything about consent, source and visibility', () => {
    const withSecrets = makeContact({
      ...polish,
      consent: { given: true, at: '2026-01-01T00:00:00.000Z', scope: 'newsletter-zgoda', withdrawnAt: null },
      source: { kind: 'consent', text: 'formularz-zrodlo' },
    });
    const erased = makeContact({ id: 'e', familyName: '[usunięto]', erasedAt: '2026-01-01T00:00:00.000Z' });
    const text = contactsToVcard([withSecrets, erased]);
    expect(text).not.toContain('newsletter-zgoda');
    expect(text).not.toContain('formularz-zrodlo');
    expect(text).not.toContain('[usunięto]');
    expect(contactsToVcard([erased])).toBe('');
  });

  it('is read by ical.js as the same values', () => {
    const jcard = ICAL.parse(vcf) as unknown as [string, [string, object, string, ...unknown[]][]][];
    const note = jcard[0]![1].find((p) => p[0] === 'note');
    expect(note?.[3]).toBe(LONG_NOTE);
  });

  it('takes a linked organisation name for ORG', () => {
    const linked = makeContact({ id: 'p', givenName: 'Jan', familyName: 'Nowak', organisationId: 'o1' });
    expect(contactsToVcard([linked], { organisationNames: { o1: 'Echo Dnia' } })).toContain(
      'ORG:Echo Dnia\r\n',
    );
  });
});

describe('vCard round trip', () => {
  it('gives back the same data, Polish and Ukrainian characters, labels and escapes included', () => {
    const cards = contactsFromVcard(contactsToVcard([polish, ukrainian, outlet]), {
      sourceText: 'kontakty.vcf',
    });
    expect(cards.map((c) => c.problems)).toEqual([[], [], []]);
    const parsed = cards.map((c) => ContactCreateSchema.parse(c.input));
    expect(parsed.map(pick)).toEqual([polish, ukrainian, outlet].map(pick));
    expect(parsed[0]!.source).toEqual({ kind: 'import', text: 'kontakty.vcf' });
    expect(cards.map((c) => c.name)).toEqual([
      'dr Katarzyna Wiśniewska-Żółkiewska',
      'Олена Іванівна Шевчук',
      'Radio Kielce S.A.',
    ]);
  });
});

const OUTLOOK = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N;LANGUAGE=pl:Wiśniewska;Katarzyna;;dr;',
  'FN:dr Katarzyna Wiśniewska',
  'ORG:Polskie Radio Kielce;Redakcja Informacji',
  'TITLE:Reporterka',
  'TEL;TYPE=WORK,VOICE:(41) 368 12 34',
  'TEL;TYPE=CELL,VOICE:601 234 567',
  'TEL;TYPE=WORK,FAX:+48 41 368 12 00',
  'ADR;TYPE=WORK,PREF:;;ul. Radiowa 1;Kielce;świętokrzyskie;25-318;Polska',
  'LABEL;TYPE=WORK,PREF:ul. Radiowa 1\\nKielce\\, świętokrzyskie 25-318\\nPolska',
  'X-MS-OL-DEFAULT-POSTAL-ADDRESS:2',
  'URL;TYPE=WORK:https://www.radio.kielce.pl/',
  'EMAIL;TYPE=PREF,INTERNET:K.Wisniewska@Radio.Kielce.pl',
  'NOTE:Audycja „Rozmowa dnia”\\; dzwonić rano\\, najlepiej przed 9:00.',
  'CATEGORIES:Media,Radio',
  'X-MS-IMADDRESS:kwisniewska@radio.kielce.pl',
  'PHOTO;TYPE=JPEG;ENCODING=BASE64:',
  ' /9j/4AAQSkZJRgABAQEAYABgAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0a',
  ' HBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2w==',
  'X-MS-OL-DESIGN;CHARSET=utf-8:<card xmlns="http://schemas.microsoft.com/office/outlook/12/electronicbusinesscards" ver="1.0" layout="left" bgcolor="ffffff"></card>',
  'REV:20250312T101500Z',
  'END:VCARD',
  '',
].join('\r\n');

const GOOGLE = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Олена Шевчук',
  'N:Шевчук;Олена;Іванівна;;',
  'NICKNAME:Оля',
  'EMAIL;TYPE=INTERNET;TYPE=WORK:o.shevchuk@suspilne.media',
  'EMAIL;TYPE=INTERNET;TYPE=HOME:olena.shevchuk@ukr.net',
  'EMAIL;TYPE=INTERNET:olena(at)ukr.net',
  'TEL;TYPE=CELL:+380 50 123 4567',
  'item1.TEL:067 765 43 21',
  'item1.X-ABLabel:Редакція',
  'ADR;TYPE=WORK:;;вул. Мельникова\\, 42;Київ;;04119;Україна',
  'ORG:Суспільне Мовлення',
  'TITLE:Кореспондентка',
  'BDAY:1985-04-12',
  'item2.URL:https\\://suspilne.media',
  'item2.X-ABLabel:_$!<HomePage>!$_',
  'NOTE:Пише про Волинь.\\nДзвонити після 10:00.',
  'CATEGORIES:myContacts,Преса',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Gazeta Ostrowiecka',
  'N:;;;;',
  'ORG:Gazeta Ostrowiecka',
  'EMAIL;TYPE=INTERNET:redakcja@gazeta-ostrowiecka.pl',
  'CATEGORIES:myContacts,starred',
  'END:VCARD',
  '',
].join('\n');

describe('contactsFromVcard: files from other programs', () => {
  it('reads an Outlook vCard 3.0', () => {
    const [card] = contactsFromVcard(OUTLOOK);
    expect(card!.problems).toEqual([]);
    expect(ContactCreateSchema.parse(card!.input)).toMatchObject({
      kind: 'person',
      category: 'other',
      title: 'dr',
      givenName: 'Katarzyna',
      familyName: 'Wiśniewska',
      organisationName: 'Polskie Radio Kielce, Redakcja Informacji',
      position: 'Reporterka',
      phones: [
        { value: '+48413681234', label: 'work' },
        { value: '+48601234567', label: 'mobile' },
        { value: '+48413681200', label: 'fax' },
      ],
      emails: [{ value: 'K.Wisniewska@Radio.Kielce.pl', label: '' }],
      addresses: [{ street: 'ul. Radiowa 1', postalCode: '25-318', city: 'Kielce', country: 'Polska' }],
      tags: ['Media', 'Radio'],
      notes: 'Audycja „Rozmowa dnia”; dzwonić rano, najlepiej przed 9:00.',
    });
  });

  it('reads a Google Contacts export (LF line ends, item groups and labels, system groups)', () => {
    const cards = contactsFromVcard(GOOGLE, { category: 'journalist' });
    expect(cards).toHaveLength(2);
    const [olena, gazeta] = cards;
    expect(olena!.problems).toEqual([{ path: 'emails', message: 'invalidEmail', value: 'olena(at)ukr.net' }]);
    expect(ContactCreateSchema.parse(olena!.input)).toMatchObject({
      kind: 'person',
      category: 'journalist',
      givenName: 'Олена',
      patronymic: 'Іванівна',
      familyName: 'Шевчук',
      organisationName: 'Суспільне Мовлення',
      position: 'Кореспондентка',
      emails: [
        { value: 'o.shevchuk@suspilne.media', label: 'work' },
        { value: 'olena.shevchuk@ukr.net', label: 'home' },
      ],
      phones: [
        { value: '+380501234567', label: 'mobile' },
        { value: '+380677654321', label: 'Редакція' },
      ],
      addresses: [{ street: 'вул. Мельникова, 42', postalCode: '04119', city: 'Київ', country: 'Україна' }],
      tags: ['Преса'],
      notes: 'Пише про Волинь.\nДзвонити після 10:00.',
    });
    expect(gazeta!.index).toBe(2);
    expect(ContactCreateSchema.parse(gazeta!.input)).toMatchObject({
      kind: 'organisation',
      category: 'organisation',
      organisationName: 'Gazeta Ostrowiecka',
      tags: [],
    });
  });

  it('reports a vCard 2.1 quoted-printable value instead of storing it garbled', () => {
    const v21 = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N:Nowak;Anna',
      'FN:Anna Nowak',
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Zadzwo=C5=84',
      'TEL;CELL:600123456',
      'END:VCARD',
    ].join('\r\n');
    const [card] = contactsFromVcard(v21);
    expect(card!.problems).toEqual([
      { path: 'version', message: 'unsupportedVcardVersion', value: '2.1' },
      { path: 'note', message: 'unsupportedEncoding', value: 'QUOTED-PRINTABLE' },
    ]);
    expect(card!.input).toMatchObject({
      givenName: 'Anna',
      familyName: 'Nowak',
      notes: '',
      phones: [{ value: '600123456', label: 'mobile' }],
    });
  });

  it('refuses a card without any name, and keeps the others', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:x@y.pl\r\nEND:VCARD\r\n' + contactsToVcard([outlet]);
    const cards = contactsFromVcard(text);
    expect(cards[0]!.input).toBeNull();
    expect(cards[0]!.problems).toEqual([{ path: 'familyName', message: 'nameRequired' }]);
    expect(cards[1]!.input).not.toBeNull();
  });

  it('builds the name from FN when N is missing', () => {
    const [card] = contactsFromVcard('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Tomasz Żółkiewski\r\nEND:VCARD\r\n');
    expect(card!.input).toMatchObject({ kind: 'person', givenName: 'Tomasz', familyName: 'Żółkiewski' });
  });

  it('throws a translatable error for a file that is not vCard', () => {
    for (const text of [
      '',
      'to nie jest vCard',
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n',
      'BEGIN:VCARD\r\nFN:x\r\n',
    ]) {
      try {
        contactsFromVcard(text);
        expect.unreachable(text);
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).issues).toEqual([{ path: 'file', message: 'invalidVcardFile' }]);
      }
    }
  });
});
