import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A dialog shown in place (the page stays usable around it): it takes the focus when it opens and
 * Escape closes it. Used for confirmations and small forms.
 */
export function InlineDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="dialog"
      aria-labelledby={id}
      tabIndex={-1}
      className="action-form"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h3 id={id}>{title}</h3>
      {children}
    </div>
  );
}
