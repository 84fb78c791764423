import { describe, expect, it } from 'vitest';
import { suggestSalutation, vocativePl } from './index';
import { guessGenderFromFamilyNamePl, guessGenderFromGivenNamePl } from './polish';
import type { Gender } from './types';

const MALE: Array<[string, string]> = [
  ['Jan', 'Janie'],
  ['Piotr', 'Piotrze'],
  ['Marek', 'Marku'],
  ['Tomasz', 'Tomaszu'],
  ['Paweł', 'Pawle'],
  ['Michał', 'Michale'],
  ['Łukasz', 'Łukaszu'],
  ['Jerzy', 'Jerzy'],
  ['Antoni', 'Antoni'],
  ['Ignacy', 'Ignacy'],
  ['Kuba', 'Kubo'],
  ['Barnaba', 'Barnabo'],
  ['Bonawentura', 'Bonawenturo'],
  ['Zbigniew', 'Zbigniewie'],
  ['Stanisław', 'Stanisławie'],
  ['Wojciech', 'Wojciechu'],
  ['Bartłomiej', 'Bartłomieju'],
  ['Henryk', 'Henryku'],
  ['Grzegorz', 'Grzegorzu'],
  ['Aleksander', 'Aleksandrze'],
  ['Ryszard', 'Ryszardzie'],
  ['Karol', 'Karolu'],
  ['Marcel', 'Marcelu'],
  ['Daniel', 'Danielu'],
  ['Rafał', 'Rafale'],
  ['Maciej', 'Macieju'],
  ['Andrzej', 'Andrzeju'],
  ['Mateusz', 'Mateuszu'],
  ['Jacek', 'Jacku'],
  ['Józef', 'Józefie'],
  ['Adam', 'Adamie'],
  ['Krzysztof', 'Krzysztofie'],
  ['Kazimierz', 'Kazimierzu'],
  ['Bogusław', 'Bogusławie'],
  ['Franciszek', 'Franciszku'],
  ['Dawid', 'Dawidzie'],
  ['Zenon', 'Zenonie'],
  ['Leszek', 'Leszku'],
  ['Mirosław', 'Mirosławie'],
  ['Robert', 'Robercie'],
  ['Albert', 'Albercie'],
  ['Konrad', 'Konradzie'],
  ['Tadeusz', 'Tadeuszu'],
  ['Kacper', 'Kacprze'],
  ['Sylwester', 'Sylwestrze'],
  ['Wiktor', 'Wiktorze'],
  ['Artur', 'Arturze'],
  ['Hubert', 'Hubercie'],
  ['Zygmunt', 'Zygmuncie'],
  ['Edward', 'Edwardzie'],
  ['Witold', 'Witoldzie'],
  ['Dominik', 'Dominiku'],
  ['Szymon', 'Szymonie'],
  ['Filip', 'Filipie'],
  ['Jakub', 'Jakubie'],
  ['Emil', 'Emilu'],
  ['Igor', 'Igorze'],
  ['Borys', 'Borysie'],
  ['Feliks', 'Feliksie'],
  ['August', 'Auguście'],
  ['Maciek', 'Maćku'],
  ['Heniek', 'Heńku'],
  ['Wawrzyniec', 'Wawrzyńcze'],
  ['Staś', 'Stasiu'],
  ['Mieszko', 'Mieszku'],
  ['Gaweł', 'Gawle'],
];

const FEMALE: Array<[string, string]> = [
  ['Anna', 'Anno'],
  ['Kasia', 'Kasiu'],
  ['Zosia', 'Zosiu'],
  ['Basia', 'Basiu'],
  ['Ola', 'Olu'],
  ['Ula', 'Ulu'],
  ['Ela', 'Elu'],
  ['Agnieszka', 'Agnieszko'],
  ['Beata', 'Beato'],
  ['Ewa', 'Ewo'],
  ['Maria', 'Mario'],
  ['Zofia', 'Zofio'],
  ['Natalia', 'Natalio'],
  ['Julia', 'Julio'],
  ['Alicja', 'Alicjo'],
  ['Łucja', 'Łucjo'],
  ['Iwona', 'Iwono'],
  ['Dorota', 'Doroto'],
  ['Elżbieta', 'Elżbieto'],
  ['Krystyna', 'Krystyno'],
  ['Małgorzata', 'Małgorzato'],
  ['Katarzyna', 'Katarzyno'],
  ['Magdalena', 'Magdaleno'],
  ['Joanna', 'Joanno'],
  ['Monika', 'Moniko'],
  ['Jadwiga', 'Jadwigo'],
  ['Grażyna', 'Grażyno'],
  ['Bożena', 'Bożeno'],
  ['Urszula', 'Urszulo'],
  ['Aniela', 'Anielo'],
  ['Izabela', 'Izabelo'],
  ['Wiktoria', 'Wiktorio'],
  ['Klaudia', 'Klaudio'],
  ['Maja', 'Majo'],
  ['Ania', 'Aniu'],
  ['Jadzia', 'Jadziu'],
  ['Gosia', 'Gosiu'],
  ['Stefania', 'Stefanio'],
  ['Eugenia', 'Eugenio'],
  ['Beatrycze', 'Beatrycze'],
  ['Miriam', 'Miriam'],
];

describe('vocativePl', () => {
  it('knows at least sixty common names', () => {
    expect(MALE.length + FEMALE.length).toBeGreaterThanOrEqual(60);
  });

  it.each(MALE)('male %s → %s', (name, vocative) => {
    expect(vocativePl(name, 'male')).toBe(vocative);
  });

  it.each(FEMALE)('female %s → %s', (name, vocative) => {
    expect(vocativePl(name, 'female')).toBe(vocative);
  });

  it.each<[string, Gender, string]>([
    ['Anna-Maria', 'female', 'Anno-Mario'],
    ['Jan-Paweł', 'male', 'Janie-Pawle'],
    ['JAN', 'male', 'JANIE'],
    ['MACIEK', 'male', 'MAĆKU'],
    ['  Marek ', 'male', 'Marku'],
    // Decomposed diacritics (o + combining acute) are composed first.
    ['Jo\u0301zef', 'male', 'Józefie'],
  ])('%s (%s) → %s', (name, gender, vocative) => {
    expect(vocativePl(name, gender)).toBe(vocative);
  });
});

describe('Polish gender guessing', () => {
  it.each<[string, Gender]>([
    ['Anna', 'female'],
    ['Jan', 'male'],
    ['Kuba', 'male'],
    ['Barnaba', 'male'],
    ['Bonawentura', 'male'],
    ['Beatrycze', 'female'],
    ['Miriam', 'female'],
    ['Anna-Maria', 'female'],
    ['Jan Maria', 'male'],
    ['ZOFIA', 'female'],
  ])('%s is %s', (name, gender) => {
    expect(guessGenderFromGivenNamePl(name)).toBe(gender);
  });

  it.each<[string, Gender | null]>([
    ['Kowalski', 'male'],
    ['Kowalska', 'female'],
    ['Nowacka', 'female'],
    ['Zawadzki', 'male'],
    ['Nowak', null],
    ['Zaręba', null],
  ])('family name %s → %s', (name, gender) => {
    expect(guessGenderFromFamilyNamePl(name)).toBe(gender);
  });
});

describe('Polish salutations', () => {
  it.each<[string, Gender, string]>([
    ['profesor', 'male', 'Szanowny Panie Profesorze'],
    ['profesor', 'female', 'Szanowna Pani Profesor'],
    ['dyrektor', 'male', 'Szanowny Panie Dyrektorze'],
    ['dyrektor', 'female', 'Szanowna Pani Dyrektor'],
    ['prezes', 'male', 'Szanowny Panie Prezesie'],
    ['prezes', 'female', 'Szanowna Pani Prezes'],
    ['doktor', 'male', 'Szanowny Panie Doktorze'],
    ['doktor', 'female', 'Szanowna Pani Doktor'],
    ['burmistrz', 'male', 'Szanowny Panie Burmistrzu'],
    ['burmistrz', 'female', 'Szanowna Pani Burmistrz'],
    ['radny', 'male', 'Szanowny Panie Radny'],
    ['radny', 'female', 'Szanowna Pani Radna'],
    ['radna', 'female', 'Szanowna Pani Radna'],
    ['ksiądz', 'male', 'Szanowny Księże'],
    ['sołtys', 'male', 'Szanowny Panie Sołtysie'],
    ['sołtys', 'female', 'Szanowna Pani Sołtys'],
    ['prezydent', 'male', 'Szanowny Panie Prezydencie'],
    ['prezydent', 'female', 'Szanowna Pani Prezydent'],
    ['wójt', 'male', 'Szanowny Panie Wójcie'],
    ['starosta', 'male', 'Szanowny Panie Starosto'],
    ['marszałek', 'male', 'Szanowny Panie Marszałku'],
    ['minister', 'female', 'Szanowna Pani Minister'],
    ['poseł', 'male', 'Szanowny Panie Pośle'],
    ['przewodniczący', 'female', 'Szanowna Pani Przewodnicząca'],
    ['Przewodniczący Rady Miasta', 'male', 'Szanowny Panie Przewodniczący Rady Miasta'],
    ['PROFESOR', 'male', 'Szanowny Panie Profesorze'],
    // An unknown title takes the masculine noun rules for men and stays as typed for women.
    ['architekt', 'male', 'Szanowny Panie Architekcie'],
    ['architekt', 'female', 'Szanowna Pani Architekt'],
  ])('title %s (%s) → %s', async (title, gender, text) => {
    const result = await suggestSalutation({
      language: 'pl',
      givenName: 'Jan',
      familyName: 'Nowak',
      title,
      gender,
    });
    expect(result).toEqual({ text, gender, guessed: false });
  });

  it('addresses by the given name in the vocative', async () => {
    expect(
      await suggestSalutation({ language: 'pl', givenName: 'Jan', familyName: 'Kowalski', gender: 'male' }),
    ).toEqual({ text: 'Szanowny Panie Janie', gender: 'male', guessed: false });
    expect(
      await suggestSalutation({ language: 'pl', givenName: 'Anna', familyName: 'Nowak', gender: 'female' }),
    ).toEqual({ text: 'Szanowna Pani Anno', gender: 'female', guessed: false });
  });

  it('guesses the gender from the given name and says so', async () => {
    expect(await suggestSalutation({ language: 'pl', givenName: 'Kuba', familyName: '' })).toEqual({
      text: 'Szanowny Panie Kubo',
      gender: 'male',
      guessed: true,
    });
    expect(
      await suggestSalutation({ language: 'pl', givenName: ' Anna-Maria ', familyName: 'Nowak' }),
    ).toEqual({
      text: 'Szanowna Pani Anno-Mario',
      gender: 'female',
      guessed: true,
    });
  });

  it('uses the first of several given names', async () => {
    const result = await suggestSalutation({ language: 'pl', givenName: 'Jan  Maria', familyName: 'Rokita' });
    expect(result.text).toBe('Szanowny Panie Janie');
  });

  it('never addresses by the family name alone', async () => {
    expect(
      await suggestSalutation({ language: 'pl', givenName: '', familyName: 'Kowalski', gender: 'male' }),
    ).toEqual({
      text: 'Szanowny Panie',
      gender: 'male',
      guessed: false,
    });
    // The gender of an adjectival family name is guessed.
    expect(await suggestSalutation({ language: 'pl', givenName: '', familyName: 'Kowalska' })).toEqual({
      text: 'Szanowna Pani',
      gender: 'female',
      guessed: true,
    });
  });

  it('falls back to "Szanowni Państwo" without a name or gender', async () => {
    for (const input of [
      { givenName: '', familyName: '' },
      { givenName: '  ', familyName: 'Nowak' },
      { givenName: '', familyName: '', title: 'dyrektor' },
    ]) {
      expect(await suggestSalutation({ language: 'pl', ...input })).toEqual({
        text: 'Szanowni Państwo',
        gender: null,
        guessed: false,
      });
    }
    expect(
      (await suggestSalutation({ language: 'pl', givenName: '', familyName: '', gender: 'female' })).text,
    ).toBe('Szanowna Pani');
  });

  it('title hints the gender when none is given', async () => {
    expect(
      await suggestSalutation({ language: 'pl', givenName: '', familyName: '', title: 'ksiądz' }),
    ).toEqual({
      text: 'Szanowny Księże',
      gender: 'male',
      guessed: true,
    });
    expect(
      await suggestSalutation({ language: 'pl', givenName: '', familyName: 'Nowak', title: 'radna' }),
    ).toEqual({
      text: 'Szanowna Pani Radna',
      gender: 'female',
      guessed: true,
    });
  });

  it('writes the plural and the given-name forms', async () => {
    expect(
      await suggestSalutation({
        language: 'pl',
        givenName: 'Jan',
        familyName: 'Nowak',
        gender: 'male',
        form: 'plural',
      }),
    ).toEqual({ text: 'Szanowni Państwo', gender: null, guessed: false });
    expect(
      (await suggestSalutation({ language: 'pl', givenName: 'Jan', familyName: '', form: 'given-name' }))
        .text,
    ).toBe('Drogi Janie');
    expect(
      (
        await suggestSalutation({
          language: 'pl',
          givenName: 'Anna',
          familyName: '',
          title: 'profesor',
          form: 'given-name',
        })
      ).text,
    ).toBe('Droga Anno');
    // Without a given name the given-name form falls back to the formal one.
    expect(
      (
        await suggestSalutation({
          language: 'pl',
          givenName: '',
          familyName: 'Nowak',
          title: 'profesor',
          gender: 'female',
          form: 'given-name',
        })
      ).text,
    ).toBe('Szanowna Pani Profesor');
  });
});
