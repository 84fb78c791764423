import { TZDate } from '@date-fns/tz';
import { AppError } from '../core/errors';
import { applyTransition, NEW_INQUIRY_STATE } from '../core/inquiries/lifecycle';
import { InquiryCreateSchema, type Inquiry, type InquiryTransition } from '../core/inquiries/schema';
import type { OfficeSettings } from '../core/settings/schema';
import type { NewInquiry } from '../db/repositories/inquiries';
import type { AppContext } from '../main/services/context';
import { deadlineFields, deadlineFor } from '../main/services/deadline-service';
import { createInquiry, transitionInquiry } from '../main/services/inquiry-service';
import type { PlannedInquiry } from './dataset';
import { timed } from './measure';

/**
 * Writes planned inquiries. Every row goes through InquiryRepository.create (so through the write
 * path: change_log per field, FTS index); a recent sample goes through the real services instead.
 */

/** The write clock: the bench moves it to each inquiry's registration instant. */
export interface SimClock {
  nowMs: number;
}

export interface BulkSlice {
  /** Rows in the register when this slice finished. */
  upTo: number;
  rows: number;
  ms: number;
}

export interface BulkResult {
  rows: number;
  ms: number;
  slices: BulkSlice[];
  /** Plans whose transitions the deadline engine refused; they were registered as 'new'. */
  fallbacks: number;
}

export interface ServiceResult {
  created: number;
  transitions: number;
  createMs: number[];
  transitionMs: number[];
  /** Transitions the services refused (AppError); the inquiry keeps its previous state. */
  refused: number;
}

/** The record createInquiry would store, then taken through the plan's transitions like transitionInquiry. */
export function finalRecord(plan: PlannedInquiry, office: OfficeSettings, withSteps = true): NewInquiry {
  const fields = InquiryCreateSchema.parse(plan.fields);
  const draft = {
    ...fields,
    receivedAt: new Date(fields.receivedAt).toISOString(),
    ruleId: plan.fields.ruleId,
    ...NEW_INQUIRY_STATE,
    pauses: [],
  };
  let inquiry: Inquiry = {
    ...draft,
    ...deadlineFields(deadlineFor(draft, office)),
    id: '',
    regNo: '',
    createdAt: '',
    updatedAt: '',
  };
  for (const step of withSteps ? plan.steps : []) {
    const patch = applyTransition(inquiry, { ...step.transition, id: '' } as InquiryTransition);
    inquiry = { ...inquiry, ...patch };
    inquiry = { ...inquiry, ...deadlineFields(deadlineFor(inquiry, office)) };
  }
  const { id: _id, regNo: _regNo, createdAt: _createdAt, updatedAt: _updatedAt, ...record } = inquiry;
  return record;
}

/** The registration year, as createInquiry computes it: the office's local year of receipt. */
export function registrationYear(receivedAt: string, office: OfficeSettings): number {
  return new TZDate(receivedAt, office.timeZone).getFullYear();
}

/**
 * Inserts plans through InquiryRepository.create, `batchSize` per outer transaction (each create's
 * own transaction nests as a savepoint). Reports throughput per slice to show how it scales.
 */
export function insertBulk(
  ctx: AppContext,
  clock: SimClock,
  plans: readonly PlannedInquiry[],
  options: { batchSize: number; slices: number; onSlice?: (slice: BulkSlice) => void },
): BulkResult {
  const office = ctx.settings.get().office;
  const sliceSize = Math.max(options.batchSize, Math.ceil(plans.length / options.slices));
  const slices: BulkSlice[] = [];
  let fallbacks = 0;
  let sliceStart = 0;
  let sliceMs = 0;
  for (let from = 0; from < plans.length; from += options.batchSize) {
    const batch = plans.slice(from, from + options.batchSize);
    const { ms } = timed(() =>
      ctx.db
        .transaction(() => {
          for (const plan of batch) {
            let record: NewInquiry;
            try {
              record = finalRecord(plan, office);
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              fallbacks++;
              record = finalRecord(plan, office, false);
            }
            clock.nowMs = plan.registeredAtMs;
            ctx.inquiries.create(
              record,
              office.inquiryNumberPattern,
              registrationYear(record.receivedAt, office),
            );
          }
        })
        .immediate(),
    );
    sliceMs += ms;
    const done = from + batch.length;
    if (done - sliceStart >= sliceSize || done === plans.length) {
      const slice = { upTo: done, rows: done - sliceStart, ms: sliceMs };
      slices.push(slice);
      options.onSlice?.(slice);
      sliceStart = done;
      sliceMs = 0;
    }
  }
  const ms = slices.reduce((sum, s) => sum + s.ms, 0);
  return { rows: plans.length, ms, slices, fallbacks };
}

/** Registers plans one by one through createInquiry and transitionInquiry, each its own transaction. */
export function insertThroughServices(
  ctx: AppContext,
  clock: SimClock,
  plans: readonly PlannedInquiry[],
): ServiceResult {
  const result: ServiceResult = { created: 0, transitions: 0, createMs: [], transitionMs: [], refused: 0 };
  for (const plan of plans) {
    clock.nowMs = plan.registeredAtMs;
    const created = timed(() => createInquiry(ctx, plan.fields));
    result.created++;
    result.createMs.push(created.ms);
    for (const step of plan.steps) {
      clock.nowMs = step.atMs;
      try {
        const moved = timed(() =>
          transitionInquiry(ctx, { ...step.transition, id: created.result.id } as InquiryTransition),
        );
        result.transitions++;
        result.transitionMs.push(moved.ms);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        result.refused++;
        break;
      }
    }
  }
  return result;
}
