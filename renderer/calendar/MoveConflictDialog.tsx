import { useTranslation } from 'react-i18next';
import type { EventConflict } from '../../core/api/contract-agenda';
import { ConflictList } from './ConflictList';
import { Modal } from './Modal';

/** A drag or resize onto a taken time: move anyway, or cancel and put the event back. */
export function MoveConflictDialog({
  conflicts,
  timeZone,
  onMoveAnyway,
  onCancel,
}: {
  conflicts: EventConflict[];
  timeZone: string;
  onMoveAnyway: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={t('calendar.conflicts.moveTitle')} onClose={onCancel} role="alertdialog">
      <ConflictList conflicts={conflicts} timeZone={timeZone} />
      <div className="actions">
        <button type="button" className="primary" onClick={onMoveAnyway}>
          {t('calendar.conflicts.moveAnyway')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('calendar.conflicts.cancel')}
        </button>
      </div>
    </Modal>
  );
}
