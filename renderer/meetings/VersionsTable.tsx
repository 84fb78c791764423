import { useTranslation } from 'react-i18next';
import type { ProtocolVersion } from '../../core/protocols/schema';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';

/** Every approved version of a protocol, with who approved it and why it was reopened. */
export function VersionsTable({ versions }: { versions: readonly ProtocolVersion[] }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  return (
    <section aria-labelledby="protocol-versions">
      <h2 id="protocol-versions">{t('protocols.versions')}</h2>
      {versions.length === 0 ? (
        <p>{t('protocols.noVersions')}</p>
      ) : (
        <table aria-labelledby="protocol-versions">
          <thead>
            <tr>
              <th scope="col">{t('protocols.version')}</th>
              <th scope="col">{t('protocols.approvedAt')}</th>
              <th scope="col">{t('protocols.approvedByColumn')}</th>
              <th scope="col">{t('protocols.versionReason')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.version}</td>
                <td>{formatDateTime(v.approvedAt, timeZone, i18n.language)}</td>
                <td>{v.approvedBy ?? t('common.none')}</td>
                <td>{v.reason ?? t('common.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
