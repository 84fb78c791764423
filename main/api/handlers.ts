import type { MethodInput, MethodName, MethodOutput } from '../../core/api/contract';
import { computeDeadline, DeadlineError, listRules, type RuleId } from '../../core/deadlines';
import { inquiryWarnings } from '../../core/inquiries/legal-basis';
import { displayName } from '../../core/contacts/schema';
import type { AppContext } from '../services/context';
import { agendaHandlers } from './agenda-handlers';
import { contactsHandlers } from './contacts-handlers';
import { lettersHandlers } from './letters-handlers';
import { patronageHandlers } from './patronage-handlers';
import { todayView } from '../services/today-service';
import {
  authorizationReply,
  createAuthorization,
  decideAuthorization,
  getAuthorization,
  listAuthorizations,
  updateAuthorization,
} from '../services/authorization-service';
import { zoneFor } from '../services/deadline-service';
import { exportAnswer, exportRefusal, exportRegister } from '../services/export-service';
import {
  createInquiry,
  prepareInquiryNumber,
  getInquiry,
  inquiryDashboard,
  inquiryHistory,
  listInquiries,
  transitionInquiry,
  updateInquiry,
} from '../services/inquiry-service';

/** How a person recognises a synced record in a list of conflicts or refusals. */
function recordLabel(ctx: AppContext, table: string, rowId: string): string {
  if (table === 'inquiries') {
    const inquiry = ctx.inquiries.get(rowId);
    if (inquiry) return `${inquiry.regNo}: ${inquiry.subject}`;
  }
  if (table === 'authorizations') {
    const record = ctx.authorizations.records.get(rowId);
    if (record) return `${record.interviewee}: ${record.topic}`;
  }
  if (table === 'patronage_applications') {
    const app = ctx.patronage.records.get(rowId);
    if (app) return `${app.eventTitle} (${app.applicantName})`;
  }
  if (table === 'contacts') {
    const contact = ctx.contacts.contacts.get(rowId);
    if (contact) return displayName(contact);
  }
  return `${table} ${rowId.slice(0, 8)}`;
}

export type Handler<M extends MethodName> = (
  ctx: AppContext,
  input: MethodInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** One handler per contract method. Inputs arrive already validated by the dispatcher. */
export const handlers: Handlers = {
  'system.info': (ctx) => ({
    appVersion: ctx.appVersion,
    mode: ctx.mode,
    dataDir: ctx.dataDir,
    deviceId: ctx.deviceId,
    now: ctx.clock().toISOString(),
  }),
  'settings.get': (ctx) => ctx.settings.get(),
  'settings.update': (ctx, input) => {
    const saved = ctx.settings.set(input as Parameters<typeof ctx.settings.set>[0]);
    ctx.emit({ type: 'data.changed', table: 'settings' });
    return saved;
  },
  'deadlines.rules': (_ctx, input) =>
    listRules().filter((rule) => !input.jurisdiction || rule.jurisdiction === input.jurisdiction),
  'deadlines.preview': (ctx, input) => {
    const office = ctx.settings.get().office;
    const warnings = inquiryWarnings(input.jurisdiction, input.ruleId as RuleId);
    try {
      const deadline = computeDeadline({
        rule: input.ruleId as RuleId,
        start: input.start,
        timeZone: zoneFor(input.jurisdiction, office),
        uaMartialLawEnd: office.uaMartialLawEnd,
      });
      return { deadline, errorCode: null, warnings };
    } catch (error) {
      if (error instanceof DeadlineError) return { deadline: null, errorCode: error.code, warnings };
      throw error;
    }
  },
  'inquiries.list': listInquiries,
  'inquiries.get': (ctx, input) => getInquiry(ctx, input.id),
  'inquiries.create': async (ctx, input) => {
    await prepareInquiryNumber(ctx, input);
    return createInquiry(ctx, input);
  },
  'inquiries.update': updateInquiry,
  'inquiries.transition': async (ctx, input) => {
    const inquiry = transitionInquiry(ctx, input);
    // An answer sent or a refusal decided is outgoing correspondence: register its document (best effort).
    if (input.action === 'answer' || input.action === 'refuse') {
      await (input.action === 'answer' ? exportAnswer : exportRefusal)(ctx, inquiry.id).catch(
        () => undefined,
      );
    }
    return inquiry;
  },
  'inquiries.history': (ctx, input) => inquiryHistory(ctx, input.id),
  'inquiries.dashboard': (ctx) => inquiryDashboard(ctx),
  'inquiries.exportXlsx': exportRegister,
  'inquiries.answerDocx': (ctx, input) => exportAnswer(ctx, input.id),
  'inquiries.refusalDocx': (ctx, input) => exportRefusal(ctx, input.id),
  'sync.status': (ctx) => ctx.sync.view(),
  'sync.login': (ctx, input) => ctx.sync.login({ ...input, allowInsecure: input.allowInsecure ?? false }),
  'sync.logout': (ctx) => ctx.sync.logout(),
  'sync.now': (ctx) => ctx.sync.syncNow(),
  'sync.conflicts': (ctx) =>
    ctx.sync.conflicts().map((c) => ({ ...c, label: recordLabel(ctx, c.table, c.rowId) })),
  'sync.resolveConflict': (ctx, input) => ctx.sync.resolveConflict(input.id, input.keep),
  'sync.rejected': (ctx) =>
    ctx.sync.rejected().map((r) => ({ ...r, label: recordLabel(ctx, r.table, r.rowId) })),
  'sync.acknowledgeRejected': (ctx) => ctx.sync.acknowledgeRejected(),
  ...agendaHandlers,
  ...lettersHandlers,
  ...contactsHandlers,
  ...patronageHandlers,
  'today.list': todayView,
  'reminders.state': (ctx) => ctx.reminders.state(),
  'reminders.acknowledge': (ctx) => ctx.reminders.acknowledge(),
  'authorizations.list': listAuthorizations,
  'authorizations.get': (ctx, input) => getAuthorization(ctx, input.id),
  'authorizations.create': createAuthorization,
  'authorizations.update': updateAuthorization,
  'authorizations.decide': decideAuthorization,
  'authorizations.reply': (ctx, input) => authorizationReply(ctx, input.id),
};
