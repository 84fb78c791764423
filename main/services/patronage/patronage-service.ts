/**
 * Honorary patronage: registering an application (its event goes on the calendar), the review
 * checklist, the decision, and the applicant's obligations after a grant. Every write goes through
 * the repository's write path in one transaction with the calendar event it moves.
 */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import type { PatronageView } from '../../../core/api/contract-patronage';
import { AppError } from '../../../core/errors';
import {
  answerCriterion,
  applyTransition,
  assertUpdatable,
  NEW_PATRONAGE_STATE,
  recordLogoApproval,
  recordReport,
  type PatronagePatch,
} from '../../../core/patronage/lifecycle';
import { applicantKey } from '../../../core/patronage/rules';
import { eventSpanIssues, type PatronageApplication } from '../../../core/patronage/schema';
import { criterionLabel } from '../../../core/patronage/settings';
import { foldForSearch } from '../../../core/text/fold';
import type { AppContext } from '../context';
import { assertMayWrite, mayWrite } from '../access';
import { syncPatronageEvent } from './calendar-link';
import { patronageView, register, requireApplication, viewOne } from './view';

const iso = (instant: string) => new Date(instant).toISOString();
function changed(ctx: AppContext): void {
  ctx.emit({ type: 'data.changed', table: 'patronage_applications' });
  ctx.emit({ type: 'data.changed', table: 'calendar_events' });
}

export function listPatronage(
  ctx: AppContext,
  input: MethodInput<'patronage.list'>,
): MethodOutput<'patronage.list'> {
  const now = ctx.clock();
  const all = register(ctx);
  const statuses = new Set(input.status ?? []);
  const words = foldForSearch(input.q ?? '')
    .split(/\s+/)
    .filter((w) => w !== '');
  const items = all
    .filter((a) => statuses.size === 0 || statuses.has(a.status))
    .filter((a) => {
      const text = foldForSearch(`${a.applicantName} ${a.eventTitle} ${a.eventPlace} ${a.contactPerson}`);
      return words.every((w) => text.includes(w));
    })
    .map((a) => patronageView(ctx, a, all, now))
    .filter((v) => !input.overdueOnly || v.obligations.some((o) => o.status === 'overdue'));
  return { now: now.toISOString(), items };
}

export function getPatronage(ctx: AppContext, id: string): MethodOutput<'patronage.get'> {
  const app = requireApplication(ctx, id);
  const settings = ctx.settings.get();
  return {
    now: ctx.clock().toISOString(),
    application: viewOne(ctx, app),
    criteria: settings.patronage.criteria.map((c) => ({
      id: c.id,
      label: criterionLabel(c, settings.office.language),
    })),
    letters: app.letterIds
      .map((letterId) => ctx.letters.letters.get(letterId))
      .filter((l) => l !== null)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    canEdit: mayWrite(ctx, 'patronage_applications'),
  };
}

/** The directory's organisation of that name, when the application does not name one itself. */
function organisationFor(ctx: AppContext, name: string): string | null {
  const key = applicantKey(name);
  const match = ctx.contacts.contacts
    .find({ kind: 'organisation' })
    .find((o) => o.erasedAt === null && applicantKey(o.organisationName) === key);
  return match?.id ?? null;
}

export function createPatronage(ctx: AppContext, input: MethodInput<'patronage.create'>): PatronageView {
  assertMayWrite(ctx, 'patronage_applications');
  const fields = input as Extract<MethodInput<'patronage.create'>, object> & {
    applicantOrganisationId: string | null;
  };
  const created = ctx.patronage.transaction(() => {
    const app = ctx.patronage.records.insert({
      applicantName: fields.applicantName,
      applicantOrganisationId: fields.applicantOrganisationId ?? organisationFor(ctx, fields.applicantName),
      contactPerson: fields.contactPerson ?? '',
      contact: fields.contact ?? '',
      eventTitle: fields.eventTitle,
      eventStart: iso(fields.eventStart),
      eventEnd: iso(fields.eventEnd),
      eventPlace: fields.eventPlace,
      scope: fields.scope,
      audience: fields.audience ?? '',
      expectedParticipants: fields.expectedParticipants ?? null,
      requests: fields.requests,
      description: fields.description ?? '',
      receivedAt: iso(fields.receivedAt),
      attachments: fields.attachments ?? [],
      ...NEW_PATRONAGE_STATE,
    });
    return ctx.patronage.records.update(app.id, { calendarEventId: syncPatronageEvent(ctx, app) });
  });
  changed(ctx);
  return viewOne(ctx, created);
}

/** Writes a patch and moves the calendar event with it. */
function save(ctx: AppContext, app: PatronageApplication, patch: PatronagePatch): PatronageApplication {
  const updated = ctx.patronage.records.update(app.id, patch);
  const eventId = syncPatronageEvent(ctx, updated);
  return eventId === updated.calendarEventId
    ? updated
    : ctx.patronage.records.update(app.id, { calendarEventId: eventId });
}

export function updatePatronage(ctx: AppContext, input: MethodInput<'patronage.update'>): PatronageView {
  assertMayWrite(ctx, 'patronage_applications');
  const updated = ctx.patronage.transaction(() => {
    const app = requireApplication(ctx, input.id);
    assertUpdatable(app, input as Parameters<typeof assertUpdatable>[1]);
    const { id: _id, ...sent } = input;
    const patch = Object.fromEntries(
      Object.entries(sent).filter(([, v]) => v !== undefined),
    ) as PatronagePatch;
    for (const key of ['eventStart', 'eventEnd', 'receivedAt'] as const) {
      const value = patch[key];
      if (value) patch[key] = iso(value);
    }
    const issues = eventSpanIssues({ ...app, ...patch });
    if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
    return save(ctx, app, patch);
  });
  changed(ctx);
  return viewOne(ctx, updated);
}

function write(
  ctx: AppContext,
  id: string,
  patchOf: (app: PatronageApplication) => PatronagePatch,
): PatronageView {
  assertMayWrite(ctx, 'patronage_applications');
  const updated = ctx.patronage.transaction(() => {
    const app = requireApplication(ctx, id);
    return save(ctx, app, patchOf(app));
  });
  changed(ctx);
  return viewOne(ctx, updated);
}

export function answerPatronage(ctx: AppContext, input: MethodInput<'patronage.answer'>): PatronageView {
  const criteria = ctx.settings.get().patronage.criteria;
  return write(ctx, input.id, (app) => answerCriterion(app, input, criteria));
}

export function transitionPatronage(
  ctx: AppContext,
  input: MethodInput<'patronage.transition'>,
): PatronageView {
  const criteria = ctx.settings.get().patronage.criteria;
  const normalised =
    input.action === 'grant' || input.action === 'refuse'
      ? { ...input, decidedAt: iso(input.decidedAt) }
      : input.action === 'withdraw'
        ? { ...input, at: iso(input.at) }
        : input;
  return write(ctx, input.id, (app) =>
    applyTransition(app, normalised as Parameters<typeof applyTransition>[1], criteria),
  );
}

export function logoApproval(ctx: AppContext, input: MethodInput<'patronage.logoApproval'>): PatronageView {
  return write(ctx, input.id, (app) => recordLogoApproval(app, { at: input.at ? iso(input.at) : null }));
}

export function reportReceived(ctx: AppContext, input: MethodInput<'patronage.report'>): PatronageView {
  return write(ctx, input.id, (app) =>
    recordReport(
      app,
      {
        receivedAt: iso(input.receivedAt),
        note: input.note ?? '',
        // Photos uploaded before the report was recorded stay with it.
        attachments: [...new Set([...app.reportAttachments, ...(input.attachments ?? [])])],
      },
      ctx.clock(),
    ),
  );
}
