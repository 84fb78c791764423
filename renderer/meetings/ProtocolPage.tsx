import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackToMeetings, NotLoaded } from './PageFrame';
import { call, onEvent } from '../api/client';
import { useShell } from '../app/AppContext';
import { formatDateTime } from '../common/dates';
import { useApi } from '../common/use-api';
import { protocolStatusText } from './form-helpers';
import { ProtocolDecisions } from './ProtocolDecisions';
import { ProtocolEditor } from './ProtocolEditor';
import { VersionsTable } from './VersionsTable';

/** A protocol: its text (editable as a draft, locked once approved), its decisions and its versions. */
export function ProtocolPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { timeZone } = useShell().settings.office;
  const { data, error, reload } = useApi(() => call('protocols.get', { id }), [id], 'protocols');
  const [message, setMessage] = useState<string | null>(null);
  // Decisions report their changes under their own table.
  useEffect(
    () => onEvent((event) => event.type === 'data.changed' && event.table === 'decisions' && reload()),
    [reload],
  );
  if (!data) return <NotLoaded error={error} />;
  const { protocol, decisions, versions } = data;
  const changed = (text: string | null) => {
    setMessage(text);
    reload();
  };

  return (
    <article>
      <BackToMeetings />
      <h1>{protocol.title}</h1>
      <p>
        <strong>{protocolStatusText(t, protocol)}</strong>
        {protocol.status === 'approved' &&
          ` · ${t('protocols.approvedBy', {
            when: formatDateTime(protocol.approvedAt, timeZone, i18n.language),
            who: protocol.approvedBy ?? t('common.none'),
          })}`}
      </p>
      {protocol.status === 'approved' && (
        <p role="note" className="warning">
          {t('protocols.lockedHint')}
        </p>
      )}
      {protocol.status === 'draft' && protocol.revisionReason && (
        <p>{t('protocols.revision', { version: protocol.version, reason: protocol.revisionReason })}</p>
      )}
      {message && <p role="status">{message}</p>}
      <ProtocolEditor
        key={`${protocol.status}-${protocol.updatedAt}`}
        protocol={protocol}
        onChanged={changed}
      />
      <ProtocolDecisions protocol={protocol} decisions={decisions} onChanged={() => changed(null)} />
      <VersionsTable versions={versions} />
    </article>
  );
}
