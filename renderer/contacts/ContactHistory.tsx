import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../core/api/contract';
import { useOfficeDates } from './shared';

type Reference = MethodOutput<'contacts.get'>['history'][number];

const MODULES = ['inquiries', 'authorizations', 'letters', 'patronage'] as const;

/** Where each module's record opens (letters have no record page: the register lists them). */
function linkOf(ref: Reference): string | null {
  const id = encodeURIComponent(ref.id);
  switch (ref.module) {
    case 'inquiries':
      return `#/inquiries/${id}`;
    case 'authorizations':
      return `#/authorizations/${id}`;
    case 'letters':
      return '#/letters';
    case 'patronage':
      return `#/patronage/${id}`;
    default:
      return null;
  }
}

/** The records of other modules that refer to the contact, grouped by module, newest first. */
export function ContactHistory({ history }: { history: Reference[] }) {
  const { t } = useTranslation();
  const { any } = useOfficeDates();
  const modules = [
    ...MODULES.filter((m) => history.some((h) => h.module === m)),
    ...new Set(history.map((h) => h.module).filter((m) => !(MODULES as readonly string[]).includes(m))),
  ];
  return (
    <section aria-labelledby="contact-history">
      <h2 id="contact-history">{t('contacts.history.title')}</h2>
      {history.length === 0 && <p>{t('contacts.history.none')}</p>}
      {modules.map((module) => {
        const refs = history
          .filter((h) => h.module === module)
          .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
        const heading = t(`contacts.history.module.${module}`, { defaultValue: module });
        return (
          <section key={module} aria-label={heading}>
            <h3>{heading}</h3>
            <ul>
              {refs.map((ref) => {
                const name = [ref.regNo, ref.title].filter(Boolean).join(' — ') || ref.id;
                const href = linkOf(ref);
                return (
                  <li key={`${ref.id}-${ref.role ?? ''}`}>
                    {ref.date && <time dateTime={ref.date}>{any(ref.date)}</time>}{' '}
                    {href ? <a href={href}>{name}</a> : name}
                    {ref.role && ` (${t(`contacts.history.role.${ref.role}`, { defaultValue: ref.role })})`}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
