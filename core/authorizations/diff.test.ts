import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  interviewClassifier,
  newQuestionsOrAnswers,
  paragraphs,
  sideBySideDiff,
  similarity,
  wordDiff,
  type Segment,
} from './diff';

const RECEIVED = `Pytanie: Panie Prezydencie, kiedy ruszy budowa nowego mostu na Warcie?
Odpowiedź: Przetarg rozstrzygniemy w marcu, a prace ruszą latem 2026 roku.
Pytanie: Ile to będzie kosztować?
Odpowiedź: Około 120 milionów złotych, z czego połowę pokryje Unia.
Pytanie: Co z objazdami dla mieszkańców Starołęki?
Odpowiedź: Uruchomimy dodatkowe linie autobusowe i wydłużymy kursy tramwajów.`;

/** Pure wording changes: dates, a name completed, one answer shortened. */
const REWORDED = `Pytanie: Panie Prezydencie, kiedy ruszy budowa nowego mostu na Warcie?
Odpowiedź: Przetarg rozstrzygniemy w kwietniu, a prace ruszą jesienią 2026 roku.
Pytanie: Ile to będzie kosztować?
Odpowiedź: Około 120 milionów złotych, z czego połowę pokryje Unia Europejska.
Pytanie: Co z objazdami dla mieszkańców Starołęki?
Odpowiedź: Uruchomimy dodatkowe linie autobusowe.`;

const join = (segments: Segment[]) => segments.map((s) => s.text).join('');
const kinds = (segments: Segment[]) => segments.map((s) => s.kind);

describe('side-by-side diff', () => {
  it('a realistic interview with wording changes: rows aligned, words marked', () => {
    const { rows, identical } = sideBySideDiff(RECEIVED, REWORDED);
    expect(identical).toBe(false);
    expect(rows.map((r) => r.kind)).toEqual(['equal', 'changed', 'equal', 'changed', 'equal', 'changed']);
    const second = rows[1]!;
    expect(second.left.filter((s) => s.kind === 'removed').map((s) => s.text.trim())).toEqual([
      'marcu',
      'latem',
    ]);
    expect(second.right.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual([
      'kwietniu',
      'jesienią',
    ]);
    expect(rows[3]!.right.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual([
      'Europejska',
    ]);
    expect(rows[5]!.left.filter((s) => s.kind === 'removed').map((s) => s.text)).toEqual([
      'i wydłużymy kursy tramwajów',
    ]);
    // Each side renders back to its own paragraph.
    rows.forEach((row) => {
      if (row.leftIndex !== null) expect(join(row.left)).toBe(paragraphs(RECEIVED)[row.leftIndex]);
      if (row.rightIndex !== null) expect(join(row.right)).toBe(paragraphs(REWORDED)[row.rightIndex]);
    });
    expect(kinds(rows[0]!.left)).toEqual(['equal']);
  });

  it('added and removed paragraphs get one-sided rows', () => {
    const authorized =
      paragraphs(RECEIVED).slice(0, 4).join('\n') + '\nPytanie: Czy miasto zaciągnie kredyt?';
    const { rows } = sideBySideDiff(RECEIVED, authorized);
    expect(rows.map((r) => r.kind)).toEqual([
      'equal',
      'equal',
      'equal',
      'equal',
      'removed',
      'removed',
      'added',
    ]);
    expect(rows[4]).toMatchObject({ left: [{ kind: 'removed' }], right: [], rightIndex: null });
    expect(rows[6]).toMatchObject({
      left: [],
      right: [{ kind: 'added', text: 'Pytanie: Czy miasto zaciągnie kredyt?' }],
    });
  });

  it('whitespace, line endings and blank lines are not changes', () => {
    const { rows, identical } = sideBySideDiff(
      RECEIVED,
      `\n\n${RECEIVED.replaceAll('\n', '\r\n\r\n').replaceAll(', ', ',  ')}  `,
    );
    expect(identical).toBe(true);
    expect(rows.every((r) => r.kind === 'equal')).toBe(true);
  });

  it('Ukrainian is diffed word by word, not letter by letter', () => {
    const { left, right } = wordDiff('Ми будуємо нову школу.', 'Ми збудуємо нову школу.');
    expect(left).toEqual([
      { kind: 'equal', text: 'Ми ' },
      { kind: 'removed', text: 'будуємо ' },
      { kind: 'equal', text: 'нову школу.' },
    ]);
    expect(right[1]).toEqual({ kind: 'added', text: 'збудуємо ' });
  });

  it('property: each side always renders back to its paragraph', () => {
    const word = fc.constantFrom(
      'most',
      'Warta',
      'budżet',
      'школа',
      'м’ясо',
      '120',
      'zł.',
      ',',
      '?',
      '—',
      'Unia',
    );
    const para = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(para, { maxLength: 6 }), fc.array(para, { maxLength: 6 }), (a, b) => {
        const received = a.join('\n');
        const authorized = b.join('\n');
        const { rows } = sideBySideDiff(received, authorized);
        const left = rows.filter((r) => r.leftIndex !== null).map((r) => join(r.left));
        const right = rows.filter((r) => r.rightIndex !== null).map((r) => join(r.right));
        expect(left).toEqual(paragraphs(received));
        expect(right).toEqual(paragraphs(authorized));
        rows.forEach((r) => {
          expect(r.left.every((s) => s.kind !== 'added')).toBe(true);
          expect(r.right.every((s) => s.kind !== 'removed')).toBe(true);
        });
      }),
      { seed: 20260329, numRuns: 200 },
    );
  });
});

describe('new questions or answers (art. 14a ust. 6)', () => {
  it('pure wording changes → no warning', () => {
    expect(newQuestionsOrAnswers(RECEIVED, REWORDED)).toMatchObject({
      addedQuestions: [],
      addedAnswers: [],
      reordered: false,
      warning: false,
      citation: { article: 'art. 14a ust. 6' },
    });
  });

  it('an added question and its answer are reported', () => {
    const authorized = `${REWORDED}\nPytanie: Czy miasto zaciągnie kredyt?\nOdpowiedź: Nie, inwestycję sfinansujemy z budżetu i środków unijnych.`;
    const r = newQuestionsOrAnswers(RECEIVED, authorized);
    expect(r.addedQuestions).toEqual(['Pytanie: Czy miasto zaciągnie kredyt?']);
    expect(r.addedAnswers).toEqual(['Odpowiedź: Nie, inwestycję sfinansujemy z budżetu i środków unijnych.']);
    expect(r.warning).toBe(true);
  });

  it('an answer added without a question is reported as an answer', () => {
    const authorized = RECEIVED.replace(
      'Pytanie: Ile to będzie kosztować?',
      'Dodam jeszcze, że w przyszłym roku otworzymy nowy basen na Ratajach.\nPytanie: Ile to będzie kosztować?',
    );
    const r = newQuestionsOrAnswers(RECEIVED, authorized);
    expect(r).toMatchObject({ addedQuestions: [], warning: true });
    expect(r.addedAnswers).toEqual(['Dodam jeszcze, że w przyszłym roku otworzymy nowy basen na Ratajach.']);
  });

  it('a changed order of the statements is reported', () => {
    const p = paragraphs(RECEIVED);
    const swapped = [p[0], p[1], p[4], p[5], p[2], p[3]].join('\n');
    expect(newQuestionsOrAnswers(RECEIVED, swapped)).toMatchObject({
      addedQuestions: [],
      addedAnswers: [],
      reordered: true,
      warning: true,
    });
  });

  const SHORT = 'Czy most będzie płatny?\nNie.\nCzy będzie ścieżka rowerowa?\nTak.\nCzy będą buspasy?\nTak.';

  it('a repeated short answer is not taken for a reordering', () => {
    const authorized = SHORT.replace('Czy most będzie płatny?', 'Czy przejazd mostem będzie płatny?');
    expect(newQuestionsOrAnswers(SHORT, authorized).warning).toBe(false);
  });

  it('a short answer grown into new statements counts as a new answer (new information)', () => {
    const authorized = SHORT.replace('Nie.', 'Nie, przejazd będzie bezpłatny.');
    expect(newQuestionsOrAnswers(SHORT, authorized).addedAnswers).toEqual([
      'Nie, przejazd będzie bezpłatny.',
    ]);
  });

  it('unlabelled interview: a line ending in "?" is a question', () => {
    const received = 'Kiedy otwarcie?\nW maju.';
    const r = newQuestionsOrAnswers(received, `${received}\nA co z parkingiem?\nBędzie większy o połowę.`);
    expect(r.addedQuestions).toEqual(['A co z parkingiem?']);
    expect(r.addedAnswers).toEqual(['Będzie większy o połowę.']);
  });

  it('speaker initials from the names; dialogue dash marks questions when answers are undashed', () => {
    const people = { journalistName: 'Anna Kowalska', interviewee: 'Jan Nowak' };
    const classify = interviewClassifier(['— Kiedy otwarcie\nW maju.'], people);
    expect(classify('AK: Proszę powiedzieć coś o budżecie.')).toBe('question');
    expect(classify('A.K.: Proszę powiedzieć coś o budżecie.')).toBe('question');
    expect(classify('JN: Czy to dużo? Nie sądzę, czy ktoś ma wątpliwości?')).toBe('answer');
    expect(classify('Nowak: To dobra inwestycja.')).toBe('answer');
    expect(classify('— Proszę opowiedzieć o planach')).toBe('question');
    expect(classify('Відповідь: Так, звичайно?')).toBe('answer');
    expect(classify('Питання: Коли відкриття')).toBe('question');
    // When every paragraph has a dash, the dash says nothing.
    const allDashed = interviewClassifier(['— Kiedy otwarcie?\n— W maju.']);
    expect(allDashed('— W czerwcu.')).toBe('answer');
  });

  it('Ukrainian interview: added question detected, rewording tolerated', () => {
    const received = 'Питання: Коли відкриють школу?\nВідповідь: Ми плануємо відкрити її у вересні.';
    const authorized =
      'Питання: Коли відкриють школу?\nВідповідь: Ми плануємо відкрити її у жовтні.\nПитання: А укриття?\nВідповідь: Укриття вже готове.';
    const r = newQuestionsOrAnswers(received, authorized);
    expect(r.addedQuestions).toEqual(['Питання: А укриття?']);
    expect(r.addedAnswers).toEqual(['Відповідь: Укриття вже готове.']);
  });

  it('similarity ignores labels, case and whitespace', () => {
    expect(similarity('Pytanie: Ile to kosztuje?', 'P:  ile to KOSZTUJE?')).toBe(1);
    expect(similarity('Latem.', 'Jesienią.')).toBe(0);
  });
});
