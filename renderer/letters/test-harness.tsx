/** Renders the letters page in the app's shell with a fake transport (used by *.test.tsx only). */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { vi } from 'vitest';
import type { AppEvent, CallResult } from '../../core/api/contract';
import type { AppErrorData } from '../../core/errors';
import { lettersEn, lettersPl, lettersUk } from '../../core/i18n/modules/letters';
import type { Letter, LetterTemplate } from '../../core/letters/schema';
import { setTransport } from '../api/client';
import { ShellContext, type Shell } from '../app/AppContext';
import { initI18n } from '../i18n/setup';
import { fakeTransport } from '../testing/fake-transport';
import { LettersPage } from './LettersPage';

export const NOW = '2026-11-23T09:00:00.000Z';
const STAMP = { createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z' };
export const DOCX = {
  fileName: 'BP.0121.15.2026.docx',
  mimeType: 'application/octet-stream',
  base64: 'UEsD',
};

type Answer = (input: unknown) => CallResult<unknown> | Promise<CallResult<unknown>>;
export const ok = <T,>(data: T): CallResult<T> => ({ ok: true, data });
export const fail = (
  code: AppErrorData['code'],
  issues: AppErrorData['issues'] = [],
  params: AppErrorData['params'] = {},
): CallResult<never> => ({ ok: false, error: { code, params, issues } });

export function template(fields: Partial<LetterTemplate> = {}): LetterTemplate {
  return {
    id: 'builtin:congratulations_birthday:pl',
    name: 'Gratulacje urodzinowe',
    kind: 'congratulations_birthday',
    language: 'pl',
    builtin: true,
    placeholders: ['years'],
    loops: [],
    conditions: [],
    images: [],
    mapping: {},
    fileSha256: '',
    ...STAMP,
    ...fields,
  };
}

export const OWN = template({
  id: 't-own',
  name: 'Podziękowanie dla szkół',
  kind: 'thanks',
  builtin: false,
  placeholders: ['imie', 'nazwisko', 'okazja'],
  mapping: { imie: 'givenName', nazwisko: 'familyName' },
  fileSha256: 'abc',
});

export function letter(fields: Partial<Letter> = {}): Letter {
  return {
    id: 'l1',
    regNo: 'BP.0121.15.2026',
    regYear: 2026,
    regSeq: 15,
    date: '2026-11-23',
    kind: 'congratulations_birthday',
    language: 'pl',
    subject: '',
    recipientName: 'Jan Kowalski',
    recipientAddress: 'ul. Długa 1\n00-001 Warszawa',
    salutation: 'Szanowny Panie Janie',
    templateId: 'builtin:congratulations_birthday:pl',
    templateName: 'Gratulacje urodzinowe',
    signatoryName: 'Anna Nowak',
    signatoryFunction: 'Burmistrz',
    fileName: 'BP.0121.15.2026.docx',
    fileSha256: 'f',
    batchId: null,
    ...STAMP,
    ...fields,
  };
}

/** A promise the test settles when it wants (an answer still on its way). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The letters strings, until the lead merges the module into core/i18n (adding them again is harmless). */
function withLetterStrings() {
  initI18n('en');
  i18next.addResourceBundle('en', 'translation', lettersEn, true, true);
  i18next.addResourceBundle('pl', 'translation', lettersPl, true, true);
  i18next.addResourceBundle('uk', 'translation', lettersUk, true, true);
}

export function renderLetters(answers: Record<string, Answer> = {}) {
  const fake = fakeTransport();
  const all: Record<string, Answer> = {
    'letters.templates': () => ok([template(), OWN]),
    'letters.pdfAvailable': () => ok({ available: true }),
    'letters.list': () => ok({ total: 0, items: [] }),
    ...answers,
  };
  const call = vi.fn(async (method: string, input: unknown) =>
    all[method] ? all[method](input) : fake.transport.call(method, input),
  );
  const listeners = new Set<(event: AppEvent) => void>();
  setTransport({
    call,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  withLetterStrings();
  const shell: Shell = {
    settings: fake.settings(),
    system: { appVersion: 't', mode: 'browser', dataDir: '/tmp', deviceId: 'd', now: NOW },
    saveSettings: async (next) => next,
    now: () => NOW,
  };
  render(
    <ShellContext.Provider value={shell}>
      <LettersPage />
    </ShellContext.Provider>,
  );
  return {
    call,
    /** Inputs of every call of `method`, in order. */
    inputs: (method: string) => call.mock.calls.filter(([m]) => m === method).map(([, input]) => input),
    emit: (event: AppEvent) => listeners.forEach((l) => l(event)),
  };
}

/** Opens a tab and returns queries within its panel. */
export async function openTab(name: 'Produce' | 'Templates' | 'Register') {
  await userEvent.click(await screen.findByRole('tab', { name }));
  return within(screen.getByRole('tabpanel', { name }));
}
