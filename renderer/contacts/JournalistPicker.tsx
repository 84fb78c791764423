import { useTranslation } from 'react-i18next';
import { ContactPicker } from './ContactPicker';
import { journalistFields, withJournalist, type JournalistForm } from './journalist-fields';

/**
 * The directory picker of a form that registers a journalist (inquiry, authorization): a pick fills the
 * names, the outlet type and the contact and links the record; the link can be undone.
 */
export function JournalistPicker<F extends JournalistForm>({
  form,
  onChange,
}: {
  form: F;
  onChange: (update: (form: F) => F) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ContactPicker
        label={t('contacts.picker.journalist')}
        categories={['journalist', 'outlet']}
        onPick={(c) => void journalistFields(c).then((fields) => onChange((f) => withJournalist(f, fields)))}
      />
      {form.contactId && (
        <p>
          {t('contacts.picker.linked', { name: form.journalistName || form.outletName })}{' '}
          <button type="button" onClick={() => onChange((f) => ({ ...f, contactId: null }))}>
            {t('contacts.picker.unlink')}
          </button>
        </p>
      )}
    </>
  );
}
