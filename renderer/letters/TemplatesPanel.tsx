import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import type { LetterTemplate } from '../../core/letters/schema';
import { call } from '../api/client';
import { saveFile } from '../common/download';
import { InlineDialog } from '../meetings/InlineDialog';
import { asAppError, ErrorDetails } from './ErrorDetails';
import { cleanMapping } from './fields';
import { MappingTable } from './MappingTable';
import { TemplateImport } from './TemplateImport';

type Open = { action: 'remove' | 'mapping'; template: LetterTemplate; mapping: Record<string, string> };

/** The built-in templates and the office's own (download, change the mapping, remove), and importing one. */
export function TemplatesPanel({
  templates,
  onChanged,
}: {
  templates: readonly LetterTemplate[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [status, setStatus] = useState('');

  const run = async (work: () => Promise<void>) => {
    setError(null);
    setStatus('');
    try {
      await work();
    } catch (e) {
      setError(asAppError(e));
    }
  };
  const download = (template: LetterTemplate) =>
    run(async () => saveFile(await call('letters.templateFile', { id: template.id })));
  const remove = (template: LetterTemplate) =>
    run(async () => {
      await call('letters.removeTemplate', { id: template.id });
      setOpen(null);
      setStatus(t('letters.templates.removed', { name: template.name }));
      onChanged();
    });
  const saveMapping = (template: LetterTemplate, mapping: Record<string, string>) =>
    run(async () => {
      await call('letters.updateTemplate', { id: template.id, mapping: cleanMapping(mapping) });
      setOpen(null);
      setStatus(t('letters.templates.mappingSaved', { name: template.name }));
      onChanged();
    });

  return (
    <>
      <table aria-label={t('letters.templates.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('letters.templates.name')}</th>
            <th scope="col">{t('letters.produce.kind')}</th>
            <th scope="col">{t('letters.templates.language')}</th>
            <th scope="col">{t('letters.templates.origin')}</th>
            <th scope="col">{t('letters.templates.placeholders')}</th>
            <th scope="col">{t('letters.templates.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {templates.map((template) => (
            <tr key={template.id}>
              <td>{template.name}</td>
              <td>{t(`letters.kind.${template.kind}`)}</td>
              <td>{t(`letters.language.${template.language}`)}</td>
              <td>{t(template.builtin ? 'letters.templates.builtin' : 'letters.templates.own')}</td>
              <td>{template.placeholders.join(', ') || t('common.none')}</td>
              <td className="action-buttons">
                <button
                  type="button"
                  aria-label={t('letters.templates.downloadOf', { name: template.name })}
                  onClick={() => void download(template)}
                >
                  {t('letters.templates.download')}
                </button>
                {!template.builtin && (
                  <>
                    <button
                      type="button"
                      aria-label={t('letters.templates.editMappingOf', { name: template.name })}
                      onClick={() =>
                        setOpen({ action: 'mapping', template, mapping: { ...template.mapping } })
                      }
                    >
                      {t('letters.templates.editMapping')}
                    </button>
                    <button
                      type="button"
                      aria-label={t('letters.templates.removeOf', { name: template.name })}
                      onClick={() => setOpen({ action: 'remove', template, mapping: {} })}
                    >
                      {t('letters.templates.remove')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open?.action === 'remove' && (
        <InlineDialog
          title={t('letters.templates.confirmRemove', { name: open.template.name })}
          onClose={() => setOpen(null)}
        >
          <p>{t('letters.templates.removeExplained')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void remove(open.template)}>
              {t('letters.templates.remove')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </InlineDialog>
      )}
      {open?.action === 'mapping' && (
        <InlineDialog
          title={t('letters.templates.mappingOf', { name: open.template.name })}
          onClose={() => setOpen(null)}
        >
          <MappingTable
            placeholders={open.template.placeholders}
            mapping={open.mapping}
            onChange={(mapping) => setOpen({ ...open, mapping })}
          />
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => void saveMapping(open.template, open.mapping)}
            >
              {t('common.save')}
            </button>
            <button type="button" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </InlineDialog>
      )}
      <ErrorDetails error={error} />
      <p role="status">{status}</p>
      <TemplateImport onImported={onChanged} />
    </>
  );
}
