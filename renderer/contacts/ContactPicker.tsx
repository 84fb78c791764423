import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView } from '../../core/api/contract-contacts';
import type { ContactCategory } from '../../core/contacts/schema';
import { call } from '../api/client';

const DEBOUNCE_MS = 250;

/** "Jan Kowalski — Gazeta Miejska": what an option shows and is named by. */
export const optionName = (c: ContactView) =>
  c.organisationDisplay && c.kind === 'person'
    ? `${c.displayName} — ${c.organisationDisplay}`
    : c.displayName;

/**
 * Finds a contact as the user types (name, organisation, e-mail, phone or tag; Latin and Cyrillic
 * find each other) and hands the picked one to `onPick`; the input is then cleared for the next pick.
 * Keyboard: ↓/↑ move through the results, Enter picks, Escape closes the list.
 */
export function ContactPicker({
  label,
  categories,
  onPick,
}: {
  label: string;
  categories?: ContactCategory[];
  onPick(contact: ContactView): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [results, setResults] = useState<ContactView[] | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);
  const categoryKey = (categories ?? []).join(',');

  useEffect(() => {
    const text = q.trim();
    const mine = ++request.current;
    if (text === '') {
      setResults(null);
      return;
    }
    const timer = setTimeout(() => {
      const category = categoryKey ? (categoryKey.split(',') as ContactCategory[]) : [];
      call('contacts.list', { q: text, category, limit: 10 }).then(
        (answer) => {
          if (mine !== request.current) return;
          setResults(answer.items);
          setActive(answer.items.length > 0 ? 0 : -1);
          setOpen(true);
        },
        () => {
          if (mine === request.current) setResults([]);
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [q, categoryKey]);

  const pick = (contact: ContactView) => {
    onPick(contact);
    setQ('');
    setOpen(false);
    setActive(-1);
  };
  const shown = open && results !== null;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = results?.length ?? 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!shown) {
        setOpen(results !== null);
        return;
      }
      if (count === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + count) % count);
    } else if (e.key === 'Enter' && shown && results?.[active]) {
      e.preventDefault();
      pick(results[active]);
    } else if (e.key === 'Escape' && shown) {
      e.preventDefault();
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;

  return (
    <div className="contact-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-listbox`}
        {...(shown && active >= 0 ? { 'aria-activedescendant': optionId(active) } : {})}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {shown && results.length === 0 && <p role="status">{t('contacts.picker.none')}</p>}
      <ul id={`${id}-listbox`} role="listbox" aria-label={label} hidden={!shown || results.length === 0}>
        {shown &&
          results.map((c, i) => (
            <li
              key={c.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input's blur would close the list before a click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(c);
              }}
            >
              {optionName(c)}
            </li>
          ))}
      </ul>
    </div>
  );
}
