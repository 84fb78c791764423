import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { errorText } from '../common/ErrorMessage';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Anything a call threw, as an AppError the screen can translate. */
export function asAppError(e: unknown): AppError {
  return e instanceof AppError ? e : new AppError('INTERNAL');
}

/** "A tag is not closed: {imie" — a template issue in the person's language. */
export function templateIssueText(t: T, code: string, tag: string | null, context?: string | null): string {
  const text = t(`templateIssue.${code}`, { tag: tag ?? '' });
  return context ? `${text} ${t('letters.templates.issueContext', { context })}` : text;
}

const RECIPIENT_PARTS: Record<string, string> = {
  name: 'letters.salutations.name',
  address: 'letters.field.address',
  salutation: 'letters.salutations.salutation',
};

function fieldLabel(t: T, path: string): string {
  const recipient = /^recipients\.(\d+)(?:\.(.+))?$/.exec(path);
  if (recipient) {
    const n = Number(recipient[1]) + 1;
    const part = recipient[2] ?? '';
    const field = RECIPIENT_PARTS[part] ? t(RECIPIENT_PARTS[part]) : part.replace(/^fields\./, '');
    return field ? t('letters.issues.recipientField', { n, field }) : t('letters.issues.recipient', { n });
  }
  const known = ['templateId', 'kind', 'date', 'subject', 'recipients', 'name', 'base64', 'fileName'];
  return known.includes(path) ? t(`letters.issues.field.${path}`) : path;
}

/**
 * The error of a call, with what exactly is wrong: each malformed template tag (TEMPLATE, the tag in
 * `path`, the issue code in `message`) or each field that failed validation.
 */
export function ErrorDetails({ error }: { error: AppError | null }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const lines =
    error.code === 'TEMPLATE'
      ? error.issues.map((issue) => templateIssueText(t, issue.message, issue.path))
      : error.code === 'VALIDATION'
        ? error.issues.map((issue) => `${fieldLabel(t, issue.path)}: ${t(`validation.${issue.message}`)}`)
        : [];
  return (
    <div role="alert" className="error">
      <p>{errorText(t, error, i18n.language)}</p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
