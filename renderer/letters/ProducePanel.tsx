import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../core/api/contract';
import type { LetterTemplate } from '../../core/letters/schema';
import { useShell } from '../app/AppContext';
import { toLocalInput } from '../common/dates';
import { commonFieldsOf, extraRecipientFieldsOf } from './fields';
import { newJobId } from './files';
import { ContactRecipients } from './ContactRecipients';
import { ImportRecipients, type ImportedList } from './ImportRecipients';
import { LetterSetup, type Setup } from './LetterSetup';
import { PreviewSection } from './PreviewSection';
import { ProduceRun } from './ProduceRun';
import { draftsFromImport, isBlank, toRecipientInput, type RecipientDraft } from './recipients';
import { SalutationTable } from './SalutationTable';
import { emptyRecipient, TypedRecipients } from './TypedRecipients';
import { useSalutations } from './use-salutations';

type Source = 'typed' | 'import' | 'contacts';
/** The services preview this many letters; only they are sent. */
const PREVIEW_COUNT = 3;

/** Letters from a template to typed recipients or an imported list: preview, then produce and register. */
export function ProducePanel({ templates }: { templates: readonly LetterTemplate[] }) {
  const { t } = useTranslation();
  const shell = useShell();
  const { timeZone, language } = shell.settings.office;
  const [setup, setSetup] = useState<Setup>(() => ({
    templateId: '',
    kind: 'other',
    date: toLocalInput(shell.now(), timeZone).slice(0, 10),
    subject: '',
    common: {},
  }));
  const [source, setSource] = useState<Source>('typed');
  const [typed, setTyped] = useState<RecipientDraft[]>(() => [emptyRecipient()]);
  const [imported, setImported] = useState<ImportedList | null>(null);
  const [fromContacts, setFromContacts] = useState<RecipientDraft[]>([]);

  const template = templates.find((tpl) => tpl.id === setup.templateId);
  const letterLanguage = template?.language ?? language;
  const typedDrafts = useMemo(() => typed.filter((row) => !isBlank(row)), [typed]);
  const importedDrafts = useMemo(
    () => (imported ? draftsFromImport(imported.answer, imported.mapping) : []),
    [imported],
  );
  const recipients = source === 'typed' ? typedDrafts : source === 'import' ? importedDrafts : fromContacts;
  const salutations = useSalutations(recipients, letterLanguage);

  /** The request for the services; the run replaces the jobId with the one it follows. */
  const request = async (preview: boolean): Promise<MethodInput<'letters.produce'>> => {
    const chosen = preview ? recipients.slice(0, PREVIEW_COUNT) : recipients;
    const texts = await salutations.resolve(chosen);
    const common = Object.fromEntries(
      commonFieldsOf(template)
        .map((name) => [name, (setup.common[name] ?? '').trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    return {
      jobId: newJobId(),
      templateId: setup.templateId,
      kind: setup.kind,
      date: setup.date,
      subject: setup.subject.trim(),
      common,
      recipients: chosen.map((draft, i) => toRecipientInput(draft, texts[i] ?? '')),
      recipientSource: source,
    };
  };

  const sourceOption = (value: Source, label: string) => (
    <label>
      <input
        type="radio"
        name="recipient-source"
        value={value}
        checked={source === value}
        onChange={() => setSource(value)}
      />{' '}
      {label}
    </label>
  );

  return (
    <>
      <LetterSetup templates={templates} value={setup} onChange={setSetup} />
      <fieldset>
        <legend>{t('letters.recipients.title')}</legend>
        <div role="radiogroup" aria-label={t('letters.recipients.source')} className="actions">
          {sourceOption('typed', t('letters.recipients.typed'))}
          {sourceOption('import', t('letters.recipients.imported'))}
          {sourceOption('contacts', t('letters.recipients.fromContacts'))}
        </div>
        {source === 'typed' && (
          <TypedRecipients rows={typed} extras={extraRecipientFieldsOf(template)} onChange={setTyped} />
        )}
        {source === 'import' && <ImportRecipients list={imported} onChange={setImported} />}
        {source === 'contacts' && <ContactRecipients rows={fromContacts} onChange={setFromContacts} />}
      </fieldset>
      <h3>{t('letters.salutations.title')}</h3>
      <SalutationTable recipients={recipients} salutations={salutations} />
      <PreviewSection request={request} />
      <ProduceRun request={request} />
    </>
  );
}
