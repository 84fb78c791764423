import { describe, expect, it } from 'vitest';
import { emailKey, nameKey, organisationKey, phoneKey } from './keys';
import { formatPhone, normalisePhone } from './phone';
import { toLatin } from '../text/translit';

describe('toLatin (KMU 2010)', () => {
  // Examples from the resolution's own table.
  it.each([
    ['Алушта', 'alushta'],
    ['Андрій', 'andrii'],
    ['Борщагівка', 'borshchahivka'],
    ['Вінниця', 'vinnytsia'],
    ['Згорани', 'zghorany'],
    ['Ґалаґан', 'galagan'],
    ['Єнакієве', 'yenakiieve'],
    ['Гаєвич', 'haievych'],
    ["Короп'є", 'koropie'],
    ['Жежелів', 'zhezheliv'],
    ['Закарпаття', 'zakarpattia'],
    ['Михайленко', 'mykhailenko'],
    ['Іващенко', 'ivashchenko'],
    ['Їжакевич', 'yizhakevych'],
    ['Кадиївка', 'kadyivka'],
    ['Марʼїне', 'marine'],
    ['Йосипівка', 'yosypivka'],
    ['Стрий', 'stryi'],
    ['Олексій', 'oleksii'],
    ['Хмельницький', 'khmelnytskyi'],
    ['Цюрупинськ', 'tsiurupynsk'],
    ['Щербухи', 'shcherbukhy'],
    ['Юрій', 'yurii'],
    ['Корюківка', 'koriukivka'],
    ['Яготин', 'yahotyn'],
    ['Костянтин', 'kostiantyn'],
    ['Знам’янка', 'znamianka'],
    ['Феодосія', 'feodosiia'],
  ])('%s → %s', (cyrillic, latin) => {
    expect(toLatin(cyrillic)).toBe(latin);
  });

  it('starts a word after a space or hyphen, and leaves Latin text alone', () => {
    expect(toLatin('Юрій Яковенко-Юрченко')).toBe('yurii yakovenko-yurchenko');
    expect(toLatin('Wiśniewska')).toBe('wiśniewska');
  });
});

describe('nameKey', () => {
  it('matches Latin and Cyrillic spellings of one Ukrainian name', () => {
    const key = nameKey('Олена', 'Шевчук');
    expect(key).not.toBeNull();
    expect(nameKey('Olena', 'Shevchuk')).toBe(key);
    expect(nameKey('OLENA', 'SHEVCHUK')).toBe(key);
    expect(nameKey('Ołena', 'Szewczuk')).toBe(key);
    expect(nameKey('Шевчук', 'Олена')).toBe(key); // in the wrong fields
  });

  it('unifies apostrophes and the -iy/-ij endings', () => {
    expect(nameKey('Мар’яна', 'Дем’янчук')).toBe(nameKey("Мар'яна", 'Демʼянчук'));
    expect(nameKey('Mariana', 'Demianchuk')).toBe(nameKey('Мар’яна', 'Дем’янчук'));
    const yurii = nameKey('Юрій', 'Коваль');
    expect(nameKey('Yurii', 'Koval')).toBe(yurii);
    expect(nameKey('Yuriy', 'Koval')).toBe(yurii);
    expect(nameKey('Jurij', 'Kował')).toBe(yurii);
  });

  it('folds Polish diacritics and case', () => {
    expect(nameKey('Katarzyna', 'Wiśniewska')).toBe(nameKey('KATARZYNA', 'WISNIEWSKA'));
    expect(nameKey('Łukasz', 'Żółkiewski')).toBe(nameKey('LUKASZ', 'ZOLKIEWSKI'));
    expect(nameKey('Жанна', 'Ковальчук')).toBe(nameKey('Żanna', 'Kowalczuk'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Jan', 'Kowalski')).not.toBe(nameKey('Janina', 'Kowalska'));
    expect(nameKey('Jan', 'Kowalski')).not.toBe(nameKey('Jan', 'Kowalska'));
    expect(nameKey('Олена', 'Шевчук')).not.toBe(nameKey('Олег', 'Шевчук'));
  });

  it('needs two words', () => {
    expect(nameKey('', 'Kowalski')).toBeNull();
    expect(nameKey('', '')).toBeNull();
  });
});

describe('organisationKey', () => {
  it('strips quotes, case, punctuation and legal forms', () => {
    const key = organisationKey('„Gazeta Ostrowiecka” Sp. z o.o.');
    expect(key).toBe('gazeta ostroviecka');
    expect(organisationKey('GAZETA OSTROWIECKA SP.Z O.O.')).toBe(key);
    expect(organisationKey('"Gazeta Ostrowiecka" spółka z ograniczoną odpowiedzialnością')).toBe(key);
    expect(organisationKey('Gazeta Ostrowiecka')).toBe(key);
    expect(organisationKey('Fundacja „Dobra Wola”')).toBe(organisationKey('Dobra Wola'));
  });

  it('matches Ukrainian names with their legal form and in Latin', () => {
    expect(organisationKey('ТОВ «Укрінформ»')).toBe('ukrinform');
    expect(organisationKey('Ukrinform LLC')).toBe('ukrinform');
    expect(organisationKey('Громадська організація "Світло"')).toBe(organisationKey('ГО «Світло»'));
  });

  it('is null for a name that is only a legal form', () => {
    expect(organisationKey('Sp. z o.o.')).toBeNull();
    expect(organisationKey('  ')).toBeNull();
  });

  it('keeps different organisations apart', () => {
    expect(organisationKey('Radio Kielce')).not.toBe(organisationKey('Radio Kraków'));
  });
});

describe('emailKey and phoneKey', () => {
  it('compares e-mails case-insensitively', () => {
    expect(emailKey(' Jan.Kowalski@Gazeta.PL ')).toBe('jan.kowalski@gazeta.pl');
    expect(emailKey('mailto:jan@gazeta.pl')).toBe('jan@gazeta.pl');
    expect(emailKey('brak')).toBeNull();
  });

  it('compares phones in E.164 whatever their format', () => {
    expect(phoneKey('600 123 456')).toBe('+48600123456');
    expect(phoneKey('+48600123456')).toBe('+48600123456');
    expect(phoneKey('+48 600-123-456')).toBe('+48600123456');
    expect(phoneKey('050 123 4567')).toBe('+380501234567');
    expect(phoneKey('+380 (50) 123-45-67')).toBe('+380501234567');
    expect(phoneKey('112')).toBeNull();
  });
});

describe('normalisePhone and formatPhone', () => {
  it('tidies what it cannot read and strips a spreadsheet apostrophe', () => {
    expect(normalisePhone("'+48 600 123 456")).toEqual({ value: '+48600123456', e164: '+48600123456' });
    expect(normalisePhone('  centrala   wew.  12 ')).toEqual({ value: 'centrala wew. 12', e164: null });
    expect(normalisePhone('tel:+380501234567')).toEqual({ value: '+380501234567', e164: '+380501234567' });
  });

  it('formats E.164 for people', () => {
    expect(formatPhone('+48600123456')).toBe('+48 600 123 456');
    expect(formatPhone('+380501234567')).toBe('+380 50 123 4567');
    expect(formatPhone('centrala')).toBe('centrala');
  });
});
