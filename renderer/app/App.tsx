import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { LANGUAGES, type Language, type Settings } from '../../core/settings/schema';
import { call } from '../api/client';
import { AuthorizationPage } from '../authorizations/AuthorizationPage';
import { AuthorizationsPage } from '../authorizations/AuthorizationsPage';
import { CalendarPage } from '../calendar/CalendarPage';
import { ContactScreen } from '../contacts/ContactScreen';
import { DecisionsPage } from '../decisions/DecisionsPage';
import { LettersPage } from '../letters/LettersPage';
import { TodayPage } from '../today/TodayPage';
import { ApplicationPage } from '../meetings/ApplicationPage';
import { MeetingRecordPage } from '../meetings/MeetingRecordPage';
import { MeetingsPage } from '../meetings/MeetingsPage';
import { PatronageForm, type ApplicantPicker } from '../patronage/PatronageForm';
import { ContactPicker } from '../contacts/ContactPicker';
import { PatronagePage } from '../patronage/PatronagePage';
import { PatronageRecordPage } from '../patronage/PatronageRecordPage';
import { ProtocolPage } from '../meetings/ProtocolPage';
import { ErrorMessage } from '../common/ErrorMessage';
import { initI18n } from '../i18n/setup';
import { InquiryDetailPage } from '../inquiries/InquiryDetailPage';
import { InquiryFormPage } from '../inquiries/InquiryFormPage';
import { InquiryListPage } from '../inquiries/InquiryListPage';
import { SettingsPage } from '../settings/SettingsPage';
import { SyncIndicator } from '../sync/SyncIndicator';
import { SyncPage } from '../sync/SyncPage';
import { ShellContext, type Shell } from './AppContext';
import { ReminderBanner } from './ReminderBanner';
import { href, useRoute, type Route } from './router';

export function App() {
  const { t } = useTranslation();
  const [shell, setShell] = useState<Omit<Shell, 'saveSettings' | 'now'> | null>(null);
  const [clockOffset, setClockOffset] = useState(0);
  const [error, setError] = useState<AppError | null>(null);
  const route = useRoute();

  useEffect(() => {
    Promise.all([call('settings.get', {}), call('system.info', {})]).then(
      ([settings, system]) => {
        initI18n(settings.office.language);
        setClockOffset(Date.parse(system.now) - Date.now());
        setShell({ settings, system });
      },
      (e: unknown) => setError(e instanceof AppError ? e : new AppError('INTERNAL')),
    );
  }, []);

  const saveSettings = useCallback(async (next: Settings) => {
    const saved = await call('settings.update', next);
    initI18n(saved.office.language);
    setShell((s) => (s ? { ...s, settings: saved } : s));
    return saved;
  }, []);

  useEffect(() => {
    if (shell) document.title = `${t('app.title')} — ${shell.settings.office.cityName}`;
  }, [shell, t]);
  const now = useCallback(() => new Date(Date.now() + clockOffset).toISOString(), [clockOffset]);

  if (error) return <ErrorMessage error={error} />;
  if (!shell) return <p role="status">{t('app.loading')}</p>;

  const changeLanguage = (language: Language) =>
    void saveSettings({ ...shell.settings, office: { ...shell.settings.office, language } });

  return (
    <ShellContext.Provider value={{ ...shell, saveSettings, now }}>
      <header className="topbar">
        <span className="brand">{t('app.title')}</span>
        <span className="office">{shell.settings.office.cityName}</span>
        <nav aria-label={t('nav.label')}>
          <NavLink route={{ name: 'today' }} current={route} label={t('nav.today')} />
          <NavLink route={{ name: 'inquiries' }} current={route} label={t('nav.inquiries')} />
          <NavLink route={{ name: 'calendar' }} current={route} label={t('nav.calendar')} />
          <NavLink route={{ name: 'meetings' }} current={route} label={t('nav.meetings')} />
          <NavLink route={{ name: 'decisions' }} current={route} label={t('nav.decisions')} />
          <NavLink route={{ name: 'letters' }} current={route} label={t('nav.letters')} />
          <NavLink route={{ name: 'contacts' }} current={route} label={t('nav.contacts')} />
          <NavLink route={{ name: 'patronage' }} current={route} label={t('nav.patronage')} />
          <NavLink route={{ name: 'authorizations' }} current={route} label={t('nav.authorizations')} />
          <NavLink route={{ name: 'sync' }} current={route} label={t('nav.sync')} />
          <NavLink route={{ name: 'settings' }} current={route} label={t('nav.settings')} />
        </nav>
        <SyncIndicator />
        <label className="language">
          {t('lang.label')}{' '}
          <select
            value={shell.settings.office.language}
            onChange={(e) => changeLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ReminderBanner />
      <main>
        <Screen route={route} />
      </main>
    </ShellContext.Provider>
  );
}

function NavLink({ route, current, label }: { route: Route; current: Route; label: string }) {
  const active =
    current.name === route.name ||
    (route.name === 'inquiries' && current.name.startsWith('inquiry')) ||
    (route.name === 'meetings' && ['application', 'meeting', 'protocol'].includes(current.name)) ||
    (route.name === 'authorizations' && current.name === 'authorization') ||
    (route.name === 'contacts' && current.name.startsWith('contact')) ||
    (route.name === 'patronage' && current.name.startsWith('patronage'));
  return (
    <a href={href(route)} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}

/** The patronage form picks the applicant organisation from the contact directory. */
const applicantPicker: ApplicantPicker = (select) => <ApplicantFromContacts onPick={select} />;

function ApplicantFromContacts({
  onPick,
}: {
  onPick: (a: { name: string; organisationId: string }) => void;
}) {
  const { t } = useTranslation();
  return (
    <ContactPicker
      label={t('contacts.picker.applicant')}
      categories={['organisation', 'outlet']}
      onPick={(c) => onPick({ name: c.displayName, organisationId: c.id })}
    />
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'inquiries':
      return <InquiryListPage />;
    case 'inquiry-new':
      return <InquiryFormPage />;
    case 'inquiry-edit':
      return <InquiryFormPage id={route.id} />;
    case 'inquiry':
      return <InquiryDetailPage id={route.id} />;
    case 'settings':
      return <SettingsPage />;
    case 'sync':
      return <SyncPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'application':
      return <ApplicationPage id={route.id} />;
    case 'meeting':
      return <MeetingRecordPage eventId={route.eventId} />;
    case 'protocol':
      return <ProtocolPage id={route.id} />;
    case 'decisions':
      return <DecisionsPage />;
    case 'letters':
      return <LettersPage />;
    case 'today':
      return <TodayPage />;
    case 'authorizations':
      return <AuthorizationsPage />;
    case 'authorization':
      return <AuthorizationPage id={route.id} />;
    case 'patronage':
      return <PatronagePage />;
    case 'patronage-new':
      return <PatronageForm applicantPicker={applicantPicker} />;
    case 'patronage-item':
      return <PatronageRecordPage id={route.id} />;
    case 'patronage-edit':
      return <PatronageForm id={route.id} applicantPicker={applicantPicker} />;
    case 'contacts':
    case 'contact-new':
    case 'contact-duplicates':
    case 'contact':
    case 'contact-edit':
      return <ContactScreen route={route} />;
  }
}
