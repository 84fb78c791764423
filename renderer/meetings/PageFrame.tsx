import { useTranslation } from 'react-i18next';
import type { AppError } from '../../core/errors';
import { href } from '../app/router';
import { ErrorMessage } from '../common/ErrorMessage';

/** The link back to the Meetings list that every meeting, application and protocol page starts with. */
export function BackToMeetings() {
  const { t } = useTranslation();
  return (
    <p>
      <a href={href({ name: 'meetings' })}>{t('meetings.back')}</a>
    </p>
  );
}

/** What a page shows before its record arrives: the error (with the way back) or "Loading…". */
export function NotLoaded({ error }: { error: AppError | null }) {
  const { t } = useTranslation();
  if (!error) return <p role="status">{t('app.loading')}</p>;
  return (
    <>
      <BackToMeetings />
      <ErrorMessage error={error} />
    </>
  );
}
