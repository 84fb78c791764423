import { TZDate } from '@date-fns/tz';
import type { MethodInput, MethodOutput } from '../../core/api/contract';
import type { RuleId } from '../../core/deadlines';
import { AppError } from '../../core/errors';
import { defaultRuleFor, inquiryWarnings } from '../../core/inquiries/legal-basis';
import {
  allowedActions,
  applyTransition,
  NEW_INQUIRY_STATE,
  type InquiryPatch,
} from '../../core/inquiries/lifecycle';
import {
  InquiryCreateSchema,
  InquiryListQuerySchema,
  InquiryUpdateSchema,
  type Inquiry,
  type InquiryTransition,
} from '../../core/inquiries/schema';
import { historyOf } from '../../db/repositories/changes';
import type { AppContext } from './context';
import { prepareNumber, takeNumber } from './numbering';
import { deadlineFields, deadlineFor } from './deadline-service';

/** Instants are stored in one canonical UTC form so that text comparison in SQL is time comparison. */
const utc = (iso: string): string => new Date(iso).toISOString();
const utcOrNull = (iso: string | null | undefined): string | null => (iso ? utc(iso) : null);

export const INQUIRY_SERIES = 'inquiries';

/** Before registering: a number must be at hand (a reserved block when signed in to a city server). */
export async function prepareInquiryNumber(
  ctx: AppContext,
  input: MethodInput<'inquiries.create'>,
): Promise<void> {
  const received = Date.parse(String(input.receivedAt));
  if (Number.isNaN(received)) return; // createInquiry refuses it with a field message
  const year = new TZDate(received, ctx.settings.get().office.timeZone).getFullYear();
  await prepareNumber(ctx, INQUIRY_SERIES, year);
}

export function createInquiry(ctx: AppContext, input: MethodInput<'inquiries.create'>): Inquiry {
  const fields = InquiryCreateSchema.parse(input);
  const office = ctx.settings.get().office;
  const ruleId = (fields.ruleId ?? defaultRuleFor(fields.jurisdiction)) as RuleId;
  const draft = {
    ...fields,
    receivedAt: utc(fields.receivedAt),
    ruleId,
    ...NEW_INQUIRY_STATE,
    pauses: [],
  };
  // Computing first means a rule that is not in force for that date is refused before anything is written.
  const deadline = deadlineFor(draft, office);
  const year = new TZDate(draft.receivedAt, office.timeZone).getFullYear();
  const created = ctx.inquiries.create(
    { ...draft, ...deadlineFields(deadline) },
    office.inquiryNumberPattern,
    year,
    () => takeNumber(ctx, INQUIRY_SERIES, year),
  );
  ctx.emit({ type: 'data.changed', table: 'inquiries' });
  return created;
}

export function updateInquiry(ctx: AppContext, input: MethodInput<'inquiries.update'>): Inquiry {
  const { id, ...fields } = InquiryUpdateSchema.parse(input);
  const current = requireInquiry(ctx, id);
  const patch: InquiryPatch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (patch.receivedAt) patch.receivedAt = utc(patch.receivedAt);
  const merged = { ...current, ...patch };
  const deadline = deadlineFor(merged, ctx.settings.get().office);
  const updated = ctx.inquiries.update(id, { ...patch, ...deadlineFields(deadline) });
  ctx.emit({ type: 'data.changed', table: 'inquiries' });
  return updated;
}

export function transitionInquiry(ctx: AppContext, input: InquiryTransition): Inquiry {
  const current = requireInquiry(ctx, input.id);
  const patch = normaliseInstants(applyTransition(current, input));
  // An extension outside the cap or notified too late throws here, and nothing is written.
  const deadline = deadlineFor({ ...current, ...patch }, ctx.settings.get().office);
  const updated = ctx.inquiries.update(input.id, { ...patch, ...deadlineFields(deadline) });
  ctx.emit({ type: 'data.changed', table: 'inquiries' });
  return updated;
}

export function getInquiry(ctx: AppContext, id: string): MethodOutput<'inquiries.get'> {
  const inquiry = requireInquiry(ctx, id);
  const office = ctx.settings.get().office;
  let deadline: MethodOutput<'inquiries.get'>['deadline'] = null;
  try {
    deadline = deadlineFor(inquiry, office);
  } catch {
    deadline = null; // e.g. settings changed so the rule no longer computes; the stored date still shows.
  }
  return {
    now: ctx.clock().toISOString(),
    inquiry,
    deadline,
    allowedActions: allowedActions(inquiry.status),
    warnings: inquiryWarnings(inquiry.jurisdiction, inquiry.ruleId as RuleId),
  };
}

export function listInquiries(
  ctx: AppContext,
  input: MethodInput<'inquiries.list'>,
): MethodOutput<'inquiries.list'> {
  const now = ctx.clock();
  return { now: now.toISOString(), ...ctx.inquiries.list(InquiryListQuerySchema.parse(input), now) };
}

export function inquiryDashboard(ctx: AppContext): MethodOutput<'inquiries.dashboard'> {
  const now = ctx.clock();
  return { now: now.toISOString(), ...ctx.inquiries.dashboard(now) };
}

export function inquiryHistory(ctx: AppContext, id: string): MethodOutput<'inquiries.history'> {
  requireInquiry(ctx, id);
  return historyOf(ctx.db, 'inquiries', id);
}

export function requireInquiry(ctx: AppContext, id: string): Inquiry {
  const inquiry = ctx.inquiries.get(id);
  if (!inquiry) throw new AppError('NOT_FOUND', { id });
  return inquiry;
}

function normaliseInstants(patch: InquiryPatch): InquiryPatch {
  const out: InquiryPatch = { ...patch };
  for (const key of [
    'extensionNoticeAt',
    'answerSentAt',
    'refusedAt',
    'forwardedAt',
    'withdrawnAt',
  ] as const) {
    if (key in out) out[key] = utcOrNull(out[key]);
  }
  if (out.pauses) out.pauses = out.pauses.map((p) => ({ ...p, from: utc(p.from), to: utcOrNull(p.to) }));
  return out;
}
