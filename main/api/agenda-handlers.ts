import type { MethodName } from '../../core/api/contract';
import type { agendaContract } from '../../core/api/contract-agenda';
import {
  createEvent,
  getEvent,
  listCalendar,
  listCalendars,
  moveEvent,
  removeEvent,
  remindersDue,
  updateEvent,
} from '../services/agenda/calendar-service';
import {
  createDecision,
  decisionNotes,
  listDecisions,
  removeDecision,
  reportProgress,
  updateDecision,
} from '../services/agenda/decision-service';
import {
  exportDailyCard,
  exportDecisions,
  exportIcs,
  exportProtocol,
  exportConfirmation,
  exportWeeklyPlan,
  importIcs,
} from '../services/agenda/agenda-export-service';
import {
  createApplication,
  declineApplication,
  getApplication,
  listApplications,
  meetingRecord,
  saveMeetingRecord,
  scheduleApplication,
  updateApplication,
  withdrawApplication,
} from '../services/agenda/meeting-service';
import {
  approveProtocol,
  createProtocol,
  getProtocol,
  listProtocols,
  newProtocolVersion,
  updateProtocol,
} from '../services/agenda/protocol-service';
import type { Handler } from './handlers';

type AgendaMethod = keyof typeof agendaContract & MethodName;

/** Handlers of the calendar, meetings, protocols and decisions methods. */
export const agendaHandlers: { [M in AgendaMethod]: Handler<M> } = {
  'calendar.calendars': (ctx) => listCalendars(ctx),
  'calendar.list': listCalendar,
  'calendar.get': (ctx, input) => getEvent(ctx, input.id),
  'calendar.dueReminders': (ctx) => remindersDue(ctx),
  'calendar.create': createEvent,
  'calendar.update': updateEvent,
  'calendar.move': moveEvent,
  'calendar.remove': removeEvent,
  'calendar.dailyCardDocx': exportDailyCard,
  'calendar.weeklyPlanDocx': exportWeeklyPlan,
  'calendar.exportIcs': exportIcs,
  'calendar.importIcs': importIcs,
  'meetings.applications': listApplications,
  'meetings.getApplication': (ctx, input) => getApplication(ctx, input.id),
  'meetings.createApplication': createApplication,
  'meetings.updateApplication': updateApplication,
  'meetings.schedule': scheduleApplication,
  'meetings.decline': declineApplication,
  'meetings.withdraw': (ctx, input) => withdrawApplication(ctx, input.id),
  'meetings.confirmationDocx': (ctx, input) => exportConfirmation(ctx, input.id),
  'meetings.record': (ctx, input) => meetingRecord(ctx, input.eventId),
  'meetings.saveRecord': saveMeetingRecord,
  'protocols.list': (ctx) => listProtocols(ctx),
  'protocols.get': (ctx, input) => getProtocol(ctx, input.id),
  'protocols.create': createProtocol,
  'protocols.update': updateProtocol,
  'protocols.approve': (ctx, input) => approveProtocol(ctx, input.id),
  'protocols.newVersion': newProtocolVersion,
  'protocols.docx': (ctx, input) => exportProtocol(ctx, input.id),
  'decisions.list': listDecisions,
  'decisions.create': createDecision,
  'decisions.update': updateDecision,
  'decisions.remove': (ctx, input) => removeDecision(ctx, input.id),
  'decisions.progress': reportProgress,
  'decisions.notes': (ctx, input) => decisionNotes(ctx, input.id),
  'decisions.exportXlsx': exportDecisions,
};
