import {
  computeDeadline,
  DeadlineError,
  DEFAULT_TIME_ZONES,
  type DeadlineResult,
  type RuleId,
} from '../../core/deadlines';
import { AppError } from '../../core/errors';
import type { Inquiry } from '../../core/inquiries/schema';
import type { OfficeSettings } from '../../core/settings/schema';

type Clocked = Pick<
  Inquiry,
  'ruleId' | 'jurisdiction' | 'receivedAt' | 'extensionDueDate' | 'extensionNoticeAt' | 'pauses'
>;

/**
 * The obliged office's zone decides the local dates. A record of the other country (a UA request kept
 * by a PL office, say) is counted where that country's office would count it.
 */
export function zoneFor(jurisdiction: Inquiry['jurisdiction'], office: OfficeSettings): string {
  return jurisdiction === office.jurisdiction ? office.timeZone : DEFAULT_TIME_ZONES[jurisdiction];
}

/** Computes an inquiry's statutory deadline in the office's zone; engine errors become translatable AppErrors. */
export function deadlineFor(inquiry: Clocked, office: OfficeSettings): DeadlineResult {
  try {
    return computeDeadline({
      rule: inquiry.ruleId as RuleId,
      start: inquiry.receivedAt,
      timeZone: zoneFor(inquiry.jurisdiction, office),
      uaMartialLawEnd: office.uaMartialLawEnd,
      ...(inquiry.extensionDueDate && inquiry.extensionNoticeAt
        ? { extension: { newDueDate: inquiry.extensionDueDate, noticeAt: inquiry.extensionNoticeAt } }
        : {}),
      pauses: inquiry.pauses.map(({ from, to }) => ({ from, to })),
    });
  } catch (error) {
    if (error instanceof DeadlineError)
      throw new AppError('DEADLINE', { reason: error.code, ...error.params });
    throw error;
  }
}

/** The fields of the record that mirror the computed deadline. */
export function deadlineFields(result: DeadlineResult): Pick<Inquiry, 'dueAt' | 'dueDate' | 'suspended'> {
  return { dueAt: result.dueAt, dueDate: result.dueDate, suspended: result.suspended };
}
