/** An application as the screens show it: what the office's rules make of it today. */
import type { PatronageView } from '../../../core/api/contract-patronage';
import { allowedActions, unansweredCriteria } from '../../../core/patronage/lifecycle';
import { applicantFlags, leadTimeFlag, obligations } from '../../../core/patronage/rules';
import type { PatronageApplication } from '../../../core/patronage/schema';
import { AppError } from '../../../core/errors';
import type { AppContext } from '../context';

export function patronageView(
  ctx: AppContext,
  app: PatronageApplication,
  register: readonly PatronageApplication[],
  now: Date,
): PatronageView {
  const settings = ctx.settings.get();
  const timeZone = settings.office.timeZone;
  const rules = settings.patronage;
  const flags = applicantFlags(register, now, {
    applicant: app,
    settings: rules,
    timeZone,
  });
  return {
    ...app,
    leadTime: leadTimeFlag(app, rules, timeZone),
    obligations: obligations(app, rules, timeZone, now),
    allowedActions: allowedActions(app.status),
    unanswered: unansweredCriteria(app, rules.criteria),
    missingReports: flags.missingReports.map((m) => ({
      id: m.applicationId,
      eventTitle: m.eventTitle,
      dueDate: m.dueDate,
    })),
  };
}

export function register(ctx: AppContext): PatronageApplication[] {
  return ctx.patronage.records.find({}, [{ field: 'eventStart', desc: true }]);
}

export function viewOne(ctx: AppContext, app: PatronageApplication): PatronageView {
  return { ...patronageView(ctx, app, register(ctx), ctx.clock()), fileNames: fileNames(ctx, app.id) };
}

/** sha256 → the name the file came with (the first name given, when the same file came twice). */
export function fileNames(ctx: AppContext, applicationId: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const file of ctx.patronage.files.find({ applicationId }, [{ field: 'createdAt' }]))
    names[file.sha256] ??= file.name;
  return names;
}

export function requireApplication(ctx: AppContext, id: string): PatronageApplication {
  const app = ctx.patronage.records.get(id);
  if (!app) throw new AppError('NOT_FOUND', { id });
  return app;
}
