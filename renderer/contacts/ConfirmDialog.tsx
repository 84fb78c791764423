import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A confirmation in place: named by its title, takes the focus, Escape or Cancel closes it. */
export function ConfirmDialog({
  title,
  confirm,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={id}
      aria-describedby={`${id}-body`}
      tabIndex={-1}
      className="action-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id={id}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <button type="button" onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
