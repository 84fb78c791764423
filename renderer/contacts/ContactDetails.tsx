import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactView, DistributionList } from '../../core/api/contract-contacts';
import { formatPhone } from '../../core/contacts/phone';
import { contactHref, labelText, useOfficeDates } from './shared';

/** Everything the record holds, as a definition list (erased fields are simply empty). */
export function ContactDetails({ contact: c, lists }: { contact: ContactView; lists: DistributionList[] }) {
  const { t } = useTranslation();
  const { dateTime, day } = useOfficeDates();
  const labelled = (label: string) => (label ? ` (${labelText(t, label)})` : '');
  const listNames = c.lists.map((id) => lists.find((l) => l.id === id)?.name ?? id);
  const rows: [string, ReactNode][] = [
    [
      t('contacts.field.category'),
      `${t(`contacts.category.${c.category}`)}${c.outletType ? `, ${t(`outletType.${c.outletType}`)}` : ''}`,
    ],
    [t('contacts.field.kind'), t(`contacts.kind.${c.kind}`)],
  ];
  if (c.kind === 'person' && c.gender)
    rows.push([t('contacts.field.gender'), t(`contacts.genderValue.${c.gender}`)]);
  if (c.organisationDisplay) {
    rows.push([
      t('contacts.field.organisation'),
      c.organisationId ? (
        <a href={contactHref(c.organisationId)}>{c.organisationDisplay}</a>
      ) : (
        c.organisationDisplay
      ),
    ]);
  }
  if (c.position) rows.push([t('contacts.field.position'), c.position]);
  if (c.emails.length)
    rows.push([
      t('contacts.field.emails'),
      <ul>
        {c.emails.map((e) => (
          <li key={e.value}>
            <a href={`mailto:${e.value}`}>{e.value}</a>
            {labelled(e.label)}
          </li>
        ))}
      </ul>,
    ]);
  if (c.phones.length)
    rows.push([
      t('contacts.field.phones'),
      <ul>
        {c.phones.map((p) => (
          <li key={p.value}>
            <a href={`tel:${p.value}`}>{formatPhone(p.value)}</a>
            {labelled(p.label)}
          </li>
        ))}
      </ul>,
    ]);
  if (c.addresses.length)
    rows.push([
      t('contacts.field.addresses'),
      <ul>
        {c.addresses.map((a, i) => (
          <li key={i}>
            {[a.street, [a.postalCode, a.city].filter(Boolean).join(' '), a.country]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>,
    ]);
  rows.push([t('contacts.field.tags'), c.tags.join(', ') || t('common.none')]);
  rows.push([t('contacts.field.lists'), listNames.join(', ') || t('common.none')]);
  if (c.notes) rows.push([t('contacts.field.notes'), <span className="prose">{c.notes}</span>]);
  rows.push([
    t('contacts.field.source'),
    `${t(`contacts.sourceKind.${c.source.kind}`)}${c.source.text ? `: ${c.source.text}` : ''}`,
  ]);
  rows.push([t('contacts.field.consent'), consentText()]);
  rows.push([t('contacts.field.visibility'), t(`contacts.visibilityValue.${c.visibility}`)]);
  rows.push([
    t('contacts.field.retentionUntil'),
    c.retentionUntil ? day(c.retentionUntil) : t('contacts.noRetention'),
  ]);
  rows.push([t('contacts.field.updatedAt'), dateTime(c.updatedAt)]);

  function consentText(): string {
    const { given, at, scope, withdrawnAt } = c.consent;
    if (withdrawnAt) return t('contacts.consent.withdrawn', { at: dateTime(withdrawnAt) });
    if (!given) return t('contacts.consent.none');
    const text = t('contacts.consent.given', { at: dateTime(at) });
    return scope ? `${text} ${t('contacts.consent.scope', { scope })}` : text;
  }

  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
