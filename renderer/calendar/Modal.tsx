import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog named by its heading. A div with role="dialog" rather than <dialog>: jsdom has no
 * showModal(), and the calendar's tests must see the same markup as the app. Escape closes it, focus
 * moves into it on open and back to whatever opened it on close.
 */
export function Modal({
  title,
  onClose,
  children,
  role = 'dialog',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  role?: 'dialog' | 'alertdialog';
}) {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button, [href]');
    (first ?? box.current)?.focus();
    return () => opener?.focus?.();
  }, []);

  return (
    <div className="cal-backdrop">
      <div
        ref={box}
        className="cal-modal"
        role={role}
        aria-modal="true"
        aria-labelledby={headingId}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close.current();
          }
        }}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}
