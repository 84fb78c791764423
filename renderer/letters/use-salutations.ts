import { useCallback, useEffect, useState } from 'react';
import type { LetterLanguage } from '../../core/letters/schema';
import { suggestSalutation } from '../../core/letters/salutation';
import { salutationInputOf, type RecipientDraft } from './recipients';

interface Entry {
  /** What the text was written for; a change of name, title or gender makes it stale. */
  basis: string;
  text: string;
  guessed: boolean;
}

const basisOf = (draft: RecipientDraft, language: LetterLanguage) =>
  JSON.stringify(salutationInputOf(draft, language));

/** How many suggestions are shown at once while a long list is worked through. */
const CHUNK = 50;

/**
 * A suggested salutation per recipient (in the template's language), computed as the names change,
 * and the person's edits, which stay until the name they were written for changes.
 */
export function useSalutations(recipients: readonly RecipientDraft[], language: LetterLanguage) {
  const [suggested, setSuggested] = useState<Record<string, Entry>>({});
  const [edited, setEdited] = useState<Record<string, Entry>>({});

  useEffect(() => {
    const pending = recipients.filter((r) => suggested[r.id]?.basis !== basisOf(r, language));
    if (!pending.length) return;
    let live = true;
    void (async () => {
      for (let start = 0; start < pending.length && live; start += CHUNK) {
        const next: Record<string, Entry> = {};
        for (const draft of pending.slice(start, start + CHUNK)) {
          const input = salutationInputOf(draft, language);
          const result = await suggestSalutation(input).catch(() => null);
          next[draft.id] = {
            basis: JSON.stringify(input),
            text: result?.text ?? '',
            guessed: result?.guessed ?? false,
          };
        }
        if (live) setSuggested((s) => ({ ...s, ...next }));
      }
    })();
    return () => {
      live = false;
    };
  }, [recipients, language, suggested]);

  const current = (draft: RecipientDraft): Entry | null => {
    const basis = basisOf(draft, language);
    if (edited[draft.id]?.basis === basis) return edited[draft.id]!;
    return suggested[draft.id]?.basis === basis ? suggested[draft.id]! : null;
  };

  const edit = (draft: RecipientDraft, text: string) =>
    setEdited((e) => ({ ...e, [draft.id]: { basis: basisOf(draft, language), text, guessed: false } }));

  /** Every recipient's salutation; those still being suggested are suggested now. */
  const resolve = useCallback(
    async (drafts: readonly RecipientDraft[]): Promise<string[]> =>
      Promise.all(
        drafts.map(async (draft) => {
          const basis = basisOf(draft, language);
          const known = edited[draft.id]?.basis === basis ? edited[draft.id] : suggested[draft.id];
          if (known?.basis === basis) return known.text;
          const result = await suggestSalutation(salutationInputOf(draft, language)).catch(() => null);
          return result?.text ?? '';
        }),
      ),
    [edited, suggested, language],
  );

  return { current, edit, resolve };
}
