import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { ErrorMessage } from '../common/ErrorMessage';
import { useApi } from '../common/use-api';
import { ProducePanel } from './ProducePanel';
import { RegisterPanel } from './RegisterPanel';
import { TemplatesPanel } from './TemplatesPanel';
import './letters.css';

const TABS = ['produce', 'templates', 'register'] as const;
type Tab = (typeof TABS)[number];

/**
 * Letters, diplomas and obituaries signed by the mayor: produce them from a template, manage the
 * templates, and the register of outgoing correspondence. The panels stay mounted, so switching tabs
 * keeps what was typed.
 */
export function LettersPage() {
  const { t } = useTranslation();
  const id = useId();
  const [tab, setTab] = useState<Tab>('produce');
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const templates = useApi(() => call('letters.templates', {}), [], 'letter_templates');

  // Arrow keys move between tabs (the WAI-ARIA tabs pattern), Home and End to the first and last.
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft'
          ? TABS[(index + TABS.length - 1) % TABS.length]
          : event.key === 'Home'
            ? TABS[0]
            : event.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    buttons.current[next]?.focus();
  };

  const panel = (name: Tab, content: ReactNode) => (
    <div
      role="tabpanel"
      id={`${id}-${name}-panel`}
      aria-labelledby={`${id}-${name}-tab`}
      hidden={tab !== name}
      tabIndex={0}
    >
      {content}
    </div>
  );

  return (
    <>
      <div className="page-head">
        <h1>{t('letters.title')}</h1>
      </div>
      <div role="tablist" aria-label={t('letters.tabs')} className="letters-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(el) => {
              buttons.current[name] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${id}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {t(`letters.tab.${name}`)}
          </button>
        ))}
      </div>
      <ErrorMessage error={templates.error} />
      {panel('produce', <ProducePanel templates={templates.data ?? []} />)}
      {panel('templates', <TemplatesPanel templates={templates.data ?? []} onChanged={templates.reload} />)}
      {panel('register', <RegisterPanel />)}
    </>
  );
}
