import { describe, expect, it } from 'vitest';
import { suggestSalutation, vocativeUk } from './index';
import type { Gender } from './types';
import { guessGenderFromFamilyNameUk, guessGenderUk } from './ukrainian';

const MALE: Array<[string, string]> = [
  ['Іван', 'Іване'],
  ['Микола', 'Миколо'],
  ['Андрій', 'Андрію'],
  ['Юрій', 'Юрію'],
  ['Сергій', 'Сергію'],
  ['Олександр', 'Олександре'],
  ['Тарас', 'Тарасе'],
  ['Василь', 'Василю'],
  ['Ігор', 'Ігоре'],
  ['Олег', 'Олеже'],
  ['Петро', 'Петре'],
  ['Богдан', 'Богдане'],
  ['Володимир', 'Володимире'],
  ['Дмитро', 'Дмитре'],
  ['Віталій', 'Віталію'],
  ['Віктор', 'Вікторе'],
  ['Євген', 'Євгене'],
  ['Роман', 'Романе'],
  ['Максим', 'Максиме'],
  ['Степан', 'Степане'],
  ['Павло', 'Павле'],
  ['Григорій', 'Григорію'],
  ['Ярослав', 'Ярославе'],
  ['Костянтин', 'Костянтине'],
  ['Олексій', 'Олексію'],
  ['Назар', 'Назаре'],
  ['Михайло', 'Михайле'],
  ['Ілля', 'Ілле'],
  ['Кузьма', 'Кузьмо'],
  ['Федір', 'Федоре'],
  ["В'ячеслав", "В'ячеславе"],
  ['В’ячеслав', 'В’ячеславе'],
];

const FEMALE: Array<[string, string]> = [
  ['Олена', 'Олено'],
  ['Наталія', 'Наталіє'],
  ['Ольга', 'Ольго'],
  ['Марія', 'Маріє'],
  ['Ірина', 'Ірино'],
  ['Оксана', 'Оксано'],
  ['Тетяна', 'Тетяно'],
  ['Юлія', 'Юліє'],
  ['Світлана', 'Світлано'],
  ['Людмила', 'Людмило'],
  ['Галина', 'Галино'],
  ['Надія', 'Надіє'],
  ['Любов', 'Любове'],
  ['Катерина', 'Катерино'],
  ['Ганна', 'Ганно'],
  ['Софія', 'Софіє'],
  ['Леся', 'Лесю'],
  ['Мар’яна', 'Мар’яно'],
  ["Дар'я", "Дар'є"],
  ['Дар’я', 'Дар’є'],
  ['Анна-Марія', 'Анно-Маріє'],
];

const PATRONYMICS: Array<[string, Gender, string]> = [
  ['Петрович', 'male', 'Петровичу'],
  ['Петрівна', 'female', 'Петрівно'],
  ['Іванович', 'male', 'Івановичу'],
  ['Іванівна', 'female', 'Іванівно'],
  ['Миколайович', 'male', 'Миколайовичу'],
  ['Миколаївна', 'female', 'Миколаївно'],
  ['Олександрович', 'male', 'Олександровичу'],
  ['Олександрівна', 'female', 'Олександрівно'],
  ['Сергіївна', 'female', 'Сергіївно'],
  ['Ілліч', 'male', 'Іллічу'],
];

describe('vocativeUk', () => {
  it('knows at least thirty common names', () => {
    expect(MALE.length + FEMALE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(MALE)('male %s → %s', async (name, vocative) => {
    expect(await vocativeUk(name, 'male')).toBe(vocative);
  });

  it.each(FEMALE)('female %s → %s', async (name, vocative) => {
    expect(await vocativeUk(name, 'female')).toBe(vocative);
  });

  it.each(PATRONYMICS)('patronymic %s (%s) → %s', async (name, gender, vocative) => {
    expect(await vocativeUk(name, gender, 'patronymic')).toBe(vocative);
  });

  it('declines family names, keeps letter case and trims', async () => {
    expect(await vocativeUk('Коваленко', 'male', 'family')).toBe('Коваленку');
    expect(await vocativeUk('Коваленко', 'female', 'family')).toBe('Коваленко');
    expect(await vocativeUk('Мельник', 'male', 'family')).toBe('Мельнику');
    expect(await vocativeUk('ІВАН', 'male')).toBe('ІВАНЕ');
    expect(await vocativeUk(' Олена ', 'female')).toBe('Олено');
    expect(await vocativeUk('', 'female')).toBe('');
  });
});

describe('Ukrainian gender guessing', () => {
  it.each<[string, string | undefined, Gender | null]>([
    ['Іван', undefined, 'male'],
    ['Олена', undefined, 'female'],
    ['Микола', undefined, 'male'],
    ['Фома', undefined, 'male'],
    ['Станіслав', undefined, 'male'],
    ['Мілана', undefined, 'female'],
    ['Мар’яна', undefined, 'female'],
    ['Анна-Марія', undefined, 'female'],
    ['Женя', 'Петрівна', 'female'],
    ['Женя', 'Петрович', 'male'],
    ['', undefined, null],
  ])('%s %s → %s', async (givenName, patronymic, gender) => {
    expect(await guessGenderUk(givenName || undefined, patronymic)).toBe(gender);
  });

  it.each<[string, Gender | null]>([
    ['Грушевський', 'male'],
    ['Грушевська', 'female'],
    ['Коваленко', null],
  ])('family name %s → %s', (familyName, gender) => {
    expect(guessGenderFromFamilyNameUk(familyName)).toBe(gender);
  });
});

describe('Ukrainian salutations', () => {
  it('addresses by given name and patronymic in the vocative', async () => {
    expect(
      await suggestSalutation({
        language: 'uk',
        givenName: 'Іван',
        patronymic: 'Петрович',
        familyName: 'Шевченко',
      }),
    ).toEqual({ text: 'Шановний Іване Петровичу', gender: 'male', guessed: true });
    expect(
      await suggestSalutation({
        language: 'uk',
        givenName: 'Олена',
        patronymic: 'Петрівна',
        familyName: 'Коваль',
        gender: 'female',
      }),
    ).toEqual({ text: 'Шановна Олено Петрівно', gender: 'female', guessed: false });
  });

  it('uses пане / пані without a patronymic', async () => {
    expect((await suggestSalutation({ language: 'uk', givenName: 'Іван', familyName: '' })).text).toBe(
      'Шановний пане Іване',
    );
    expect((await suggestSalutation({ language: 'uk', givenName: 'Олена', familyName: 'Коваль' })).text).toBe(
      'Шановна пані Олено',
    );
    expect((await suggestSalutation({ language: 'uk', givenName: 'Ігор', familyName: '' })).text).toBe(
      'Шановний пане Ігоре',
    );
  });

  it.each<[string, Gender, string]>([
    ['професор', 'male', 'Шановний пане професоре'],
    ['професор', 'female', 'Шановна пані професорко'],
    ['директор', 'male', 'Шановний пане директоре'],
    ['директор', 'female', 'Шановна пані директорко'],
    ['голова', 'male', 'Шановний пане голово'],
    ['голова', 'female', 'Шановна пані голово'],
    ['міський голова', 'female', 'Шановна пані міський голово'],
    ['доктор', 'male', 'Шановний пане докторе'],
    ['ректор', 'female', 'Шановна пані ректорко'],
    ['депутат', 'male', 'Шановний пане депутате'],
    ['суддя', 'female', 'Шановна пані судде'],
    ['отець', 'male', 'Шановний отче'],
    ['Професор', 'male', 'Шановний пане професоре'],
  ])('title %s (%s) → %s', async (title, gender, text) => {
    const result = await suggestSalutation({
      language: 'uk',
      givenName: 'Іван',
      familyName: 'Коваль',
      title,
      gender,
    });
    expect(result).toEqual({ text, gender, guessed: false });
  });

  it('takes the gender from a feminine title', async () => {
    expect(
      await suggestSalutation({ language: 'uk', givenName: '', familyName: '', title: 'професорка' }),
    ).toEqual({
      text: 'Шановна пані професорко',
      gender: 'female',
      guessed: true,
    });
  });

  it('addresses by the family name in the vocative when it is the only name', async () => {
    expect(
      (await suggestSalutation({ language: 'uk', givenName: '', familyName: 'Коваленко', gender: 'male' }))
        .text,
    ).toBe('Шановний пане Коваленку');
    expect(await suggestSalutation({ language: 'uk', givenName: '', familyName: 'Грушевська' })).toEqual({
      text: 'Шановна пані Грушевська',
      gender: 'female',
      guessed: true,
    });
  });

  it('falls back when there is no name or no gender', async () => {
    expect(
      (await suggestSalutation({ language: 'uk', givenName: '', familyName: '', gender: 'male' })).text,
    ).toBe('Шановний пане');
    expect(
      (await suggestSalutation({ language: 'uk', givenName: '', familyName: '', gender: 'female' })).text,
    ).toBe('Шановна пані');
    expect(await suggestSalutation({ language: 'uk', givenName: '', familyName: 'Коваленко' })).toEqual({
      text: 'Шановні пані та панове',
      gender: null,
      guessed: false,
    });
    expect(
      await suggestSalutation({
        language: 'uk',
        givenName: 'Іван',
        familyName: '',
        gender: 'male',
        form: 'plural',
      }),
    ).toEqual({ text: 'Шановні пані та панове', gender: null, guessed: false });
  });

  it('writes the given-name form', async () => {
    expect(
      (await suggestSalutation({ language: 'uk', givenName: 'Іван', familyName: '', form: 'given-name' }))
        .text,
    ).toBe('Дорогий Іване');
    expect(
      (
        await suggestSalutation({
          language: 'uk',
          givenName: 'Олена',
          patronymic: 'Петрівна',
          familyName: '',
          form: 'given-name',
        })
      ).text,
    ).toBe('Дорога Олено');
  });
});
