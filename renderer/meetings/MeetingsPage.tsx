import { useTranslation } from 'react-i18next';
import { ApplicationsSection } from './ApplicationsSection';
import { ProtocolsSection } from './ProtocolsSection';

/** The mayor's meetings: applications to meet, and the protocols of held meetings. */
export function MeetingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('meetings.title')}</h1>
      <ApplicationsSection />
      <ProtocolsSection />
    </>
  );
}
