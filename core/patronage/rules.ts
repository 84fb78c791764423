/**
 * What is computed about a patronage, never typed: whether the application came late, the applicant's
 * obligations after a grant and whether they are overdue, and the applicant's missing reports from
 * earlier patronages. Every count is in the office's calendar days (`localDateOf`), so an event just
 * after midnight in Kyiv is on the next day there even if it is still the day before in Warsaw, and a
 * clock change in between never shifts a count.
 */
import { addDays, diffDays, localDateOf, parseInstant, toUtcIso } from '../deadlines/local-date';
import { searchTokens } from '../text/fold';
import { LOGO_REQUESTS, type PatronageApplication } from './schema';
import type { PatronageSettings } from './settings';

export interface LeadTimeFlag {
  late: boolean;
  /** Calendar days from the day the application came to the event's first day. */
  daysBefore: number;
  /** The last day the application could come without being late. */
  latestOnTimeDate: string;
}

/** A late application is flagged for the reviewer, never rejected by the program. */
export function leadTimeFlag(
  app: Pick<PatronageApplication, 'receivedAt' | 'eventStart'>,
  settings: Pick<PatronageSettings, 'leadDays'>,
  timeZone: string,
): LeadTimeFlag {
  const received = localDateOf(app.receivedAt, timeZone);
  const eventDay = localDateOf(app.eventStart, timeZone);
  const daysBefore = diffDays(received, eventDay);
  return {
    late: daysBefore < settings.leadDays,
    daysBefore,
    latestOnTimeDate: addDays(eventDay, -settings.leadDays),
  };
}

/**
 * The event's last local day. An end exactly at local midnight (a day-long event ending "24:00")
 * belongs to the day before, as a calendar shows it.
 */
export function eventLastDay(
  app: Pick<PatronageApplication, 'eventStart' | 'eventEnd'>,
  timeZone: string,
): string {
  const firstDay = localDateOf(app.eventStart, timeZone);
  const end = parseInstant(app.eventEnd);
  if (end === null) return localDateOf(app.eventEnd, timeZone); // throws the usual INVALID_DATE
  const lastDay = localDateOf(toUtcIso(end - 1), timeZone);
  return lastDay < firstDay ? firstDay : lastDay;
}

export type ObligationKind = 'logoApproval' | 'report';
export type ObligationStatus = 'pending' | 'done' | 'overdue' | 'notApplicable';

export interface Obligation {
  kind: ObligationKind;
  /** Local date; null when the obligation does not apply. */
  dueDate: string | null;
  status: ObligationStatus;
  /** Days from today to the due date (negative when overdue); null when done or not applicable. */
  daysLeft: number | null;
}

type ObligationFields = Pick<
  PatronageApplication,
  'status' | 'requests' | 'eventStart' | 'eventEnd' | 'logoApprovedAt' | 'reportReceivedAt'
>;

export function needsLogoApproval(app: Pick<PatronageApplication, 'requests'>): boolean {
  return app.requests.some((r) => LOGO_REQUESTS.includes(r));
}

function obligation(kind: ObligationKind, dueDate: string, doneAt: string | null, today: string): Obligation {
  if (doneAt !== null) return { kind, dueDate, status: 'done', daysLeft: null };
  const daysLeft = diffDays(today, dueDate);
  return { kind, dueDate, status: daysLeft < 0 ? 'overdue' : 'pending', daysLeft };
}

/**
 * The applicant's obligations, always both, in this order: the logo approval (due
 * `logoApprovalDaysBefore` days before the event's first local day, only for requests that use the
 * city's logo) and the report (due `reportDaysAfter` days after its last local day). Only a granted
 * patronage has obligations; an obligation is overdue from the local day after its due date.
 */
export function obligations(
  app: ObligationFields,
  settings: Pick<PatronageSettings, 'logoApprovalDaysBefore' | 'reportDaysAfter'>,
  timeZone: string,
  now: Date,
): [Obligation, Obligation] {
  const today = localDateOf(now.toISOString(), timeZone);
  const granted = app.status === 'granted';
  const logo: Obligation =
    granted && needsLogoApproval(app)
      ? obligation(
          'logoApproval',
          addDays(localDateOf(app.eventStart, timeZone), -settings.logoApprovalDaysBefore),
          app.logoApprovedAt,
          today,
        )
      : { kind: 'logoApproval', dueDate: null, status: 'notApplicable', daysLeft: null };
  const report: Obligation = granted
    ? obligation(
        'report',
        addDays(eventLastDay(app, timeZone), settings.reportDaysAfter),
        app.reportReceivedAt,
        today,
      )
    : { kind: 'report', dueDate: null, status: 'notApplicable', daysLeft: null };
  return [logo, report];
}

/** An organisation's name as compared: folded, punctuation and quotes dropped, spaces collapsed. */
export function applicantKey(name: string): string {
  return searchTokens(name).join(' ');
}

/** The same applicant: by the directory's organisation id when both have one, else by folded name. */
export function sameApplicant(
  a: Pick<PatronageApplication, 'applicantOrganisationId' | 'applicantName'>,
  b: Pick<PatronageApplication, 'applicantOrganisationId' | 'applicantName'>,
): boolean {
  if (a.applicantOrganisationId !== null && b.applicantOrganisationId !== null) {
    return a.applicantOrganisationId === b.applicantOrganisationId;
  }
  const key = applicantKey(a.applicantName);
  return key.length > 0 && key === applicantKey(b.applicantName);
}

export interface MissingReport {
  applicationId: string;
  eventTitle: string;
  dueDate: string;
}

export interface ApplicantFlags {
  /** Earlier granted patronages of this applicant whose report is overdue, oldest due date first. */
  missingReports: MissingReport[];
}

/**
 * What the next application of an applicant shows about its past: granted patronages whose report is
 * overdue today. `previousApplications` may hold anything (the whole register, the application itself):
 * other applicants and the application itself (`applicant.id`) are left out here.
 */
export function applicantFlags(
  previousApplications: readonly PatronageApplication[],
  now: Date,
  options: {
    applicant: Pick<PatronageApplication, 'applicantOrganisationId' | 'applicantName'> & { id?: string };
    settings: Pick<PatronageSettings, 'logoApprovalDaysBefore' | 'reportDaysAfter'>;
    timeZone: string;
  },
): ApplicantFlags {
  const { applicant, settings, timeZone } = options;
  const missingReports: MissingReport[] = [];
  for (const previous of previousApplications) {
    if (previous.id === applicant.id || previous.status !== 'granted') continue;
    if (!sameApplicant(applicant, previous)) continue;
    const [, report] = obligations(previous, settings, timeZone, now);
    if (report.status === 'overdue' && report.dueDate !== null) {
      missingReports.push({
        applicationId: previous.id,
        eventTitle: previous.eventTitle,
        dueDate: report.dueDate,
      });
    }
  }
  missingReports.sort(
    (a, b) => a.dueDate.localeCompare(b.dueDate) || a.applicationId.localeCompare(b.applicationId),
  );
  return { missingReports };
}
