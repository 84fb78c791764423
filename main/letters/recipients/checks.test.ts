import { describe, expect, it } from 'vitest';
import { isEmail, normaliseDate, stripMailto } from './checks';
import { decodeText, plausibility } from './decode';
import { encodeCp1250, encodeCp1251, utf8 } from './test-fixtures';

describe('isEmail', () => {
  it.each([
    'jan.kowalski@gdansk.gda.pl',
    'sekretariat+prasa@um.lodz.pl',
    'o.bilyk@kmda.gov.ua',
    'ktoś@poczta.pl',
    'a@xn--80ak6aa92e.com',
  ])('accepts %s', (address) => expect(isEmail(address)).toBe(true));

  it.each([
    'jan.kowalski@',
    '@gdansk.pl',
    'jan@gdansk',
    'jan kowalski@gdansk.pl',
    'jan@@gdansk.pl',
    'a@b.pl; c@d.pl',
    'jan..k@x.pl',
    'jan@-x.pl',
    'jan@x.p1',
  ])('rejects %s', (address) => expect(isEmail(address)).toBe(false));

  it('strips a mailto: prefix', () => {
    expect(stripMailto('MAILTO:jan@x.pl')).toBe('jan@x.pl');
    expect(stripMailto('jan@x.pl')).toBe('jan@x.pl');
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2026-05-12', '2026-05-12'],
    ['2026-5-2', '2026-05-02'],
    ['2026-05-12 09:30', '2026-05-12 09:30'],
    ['12.05.2026', '2026-05-12'],
    ['1.5.2026 r.', '2026-05-01'],
    ['12/05/2026', '2026-05-12'],
    ['29.02.2024', '2024-02-29'],
    ['12 maja 2026 r.', '12 maja 2026 r.'],
    ['12 травня 2026 року', '12 травня 2026 року'],
    ['1 October 2026', '1 October 2026'],
  ])('%s → %s', (value, expected) => expect(normaliseDate(value)).toBe(expected));

  it.each([
    '31.02.2026',
    '29.02.2025',
    '2026-13-01',
    '12.05.26',
    '32 maja 2026',
    '12 foo 2026',
    'wkrótce',
    '2026-05-12 25:00',
  ])('rejects %s', (value) => expect(normaliseDate(value)).toBeNull());
});

describe('decodeText', () => {
  const polish =
    'Imię;Nazwisko;Miejscowość\nŁucja;Źdźbło-Żółć;Świętochłowice\nGrzegorz;Brzęczyszczykiewicz;Łódź\n';
  const ukrainian = 'Прізвище;Ім’я;Місто\nЄвтушенко;Ґлорія;Київ\nЇжакевич;Іван;Львів\n';

  it('tells Windows-1250 Polish from Windows-1251 Ukrainian', () => {
    expect(decodeText(encodeCp1250(polish))).toEqual({ text: polish, encoding: 'windows-1250' });
    expect(decodeText(encodeCp1251(ukrainian))).toEqual({ text: ukrainian, encoding: 'windows-1251' });
  });

  it('tells them apart for a single short word too', () => {
    expect(decodeText(encodeCp1250('Łódź')).text).toBe('Łódź');
    expect(decodeText(encodeCp1251('Київ')).text).toBe('Київ');
    expect(decodeText(encodeCp1250('Józef')).text).toBe('Józef');
  });

  it('scores the right decoding higher', () => {
    const asPl = new TextDecoder('windows-1250').decode(encodeCp1251(ukrainian));
    const asUk = new TextDecoder('windows-1251').decode(encodeCp1250(polish));
    expect(plausibility(ukrainian)).toBeGreaterThan(plausibility(asPl));
    expect(plausibility(polish)).toBeGreaterThan(plausibility(asUk));
  });

  it('keeps UTF-8 with a stray invalid byte as UTF-8 (the bad byte becomes U+FFFD)', () => {
    const bytes = Uint8Array.from([...utf8(polish), 0xff, ...utf8('ąę\n')]);
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('utf-8');
    expect(text).toBe(`${polish}\ufffdąę\n`);
  });
});
