import type { RuleId } from '../core/deadlines';
import type { InquiryFields, InquiryStatus, InquiryTransition } from '../core/inquiries/schema';
import type { OfficeSettings } from '../core/settings/schema';
import { foldForSearch } from '../core/text/fold';
import { deadlineFor } from '../main/services/deadline-service';
import type { Random } from './random';
import { PL, UA, type Vocabulary } from './vocabulary';

/**
 * Plans the register: what each inquiry looked like when it was typed in, and what happened to it
 * afterwards (the transitions, with their instants). Pure: nothing is written here.
 */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
export type PlannedTransition = WithoutId<InquiryTransition>;

export interface PlannedStep {
  atMs: number;
  transition: PlannedTransition;
}

export interface PlannedInquiry {
  fields: InquiryFields & { receivedAt: string; ruleId: RuleId };
  /** When it was keyed in: the write clock of the insert. */
  registeredAtMs: number;
  steps: PlannedStep[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEARS = 5;

type Outcome = InquiryStatus;

/** Young inquiries are mostly open, old ones mostly closed; a small backlog of old open ones is overdue. */
function outcomeFor(ageDays: number, rng: Random): Outcome {
  if (ageDays < 2) return rng.weighted({ new: 70, in_progress: 25, paused: 3, withdrawn: 2 });
  if (ageDays < 30)
    return rng.weighted({
      new: 8,
      in_progress: 25,
      extended: 5,
      paused: 4,
      answered: 48,
      refused: 4,
      forwarded: 4,
      withdrawn: 2,
    });
  return rng.weighted({
    new: 0.3,
    in_progress: 1.2,
    extended: 0.2,
    paused: 0.5,
    answered: 84,
    refused: 6,
    forwarded: 5,
    withdrawn: 2.8,
  });
}

const PL_RULES: Partial<Record<RuleId, number>> = {
  'PL-UDIP-PROVIDE': 88,
  'PL-KPA-COMPLAINT': 6,
  'PL-USG-INTERPELLATION': 6,
};
const UA_RULES: Partial<Record<RuleId, number>> = {
  'UA-API-RESPONSE': 80,
  'UA-API-URGENT': 10,
  'UA-APPEAL-RESPONSE': 10,
};
/** Rules with a statutory cap, i.e. the ones an office may extend. */
const EXTENDABLE = new Set<RuleId>(['PL-UDIP-PROVIDE', 'UA-API-RESPONSE', 'UA-APPEAL-RESPONSE']);
const CHANNELS = { email: 70, phone: 10, letter: 4, epuap: 6, in_person: 2, social_media: 8 } as const;

/** Receipt instants spread over the last five years, on working days and in office hours mostly. */
function receivedInstants(count: number, nowMs: number, rng: Random): number[] {
  const span = YEARS * 365.25 * DAY;
  const instants: number[] = [];
  while (instants.length < count) {
    const day = new Date(nowMs - rng.next() * span);
    const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
    if (weekend && rng.chance(0.75)) continue;
    day.setUTCHours(rng.int(6, 15), rng.int(0, 59), rng.int(0, 59), 0);
    if (day.getTime() < nowMs - 10 * MINUTE) instants.push(day.getTime());
  }
  return instants.sort((a, b) => a - b);
}

function fill(template: string, vocab: Vocabulary, rng: Random, year: number): string {
  return template
    .replace('{street}', rng.pick(vocab.streets))
    .replace('{district}', rng.pick(vocab.districts))
    .replace('{year}', String(year + rng.int(0, 1)))
    .replace('{n}', String(rng.int(1, 220)));
}

function fieldsFor(receivedMs: number, rng: Random, office: OfficeSettings): PlannedInquiry['fields'] {
  const jurisdiction = rng.chance(0.25) ? 'UA' : 'PL';
  const vocab = jurisdiction === 'PL' ? PL : UA;
  const female = rng.chance(0.5);
  const first = rng.pick(female ? vocab.femaleFirst : vocab.maleFirst);
  const surname = rng.pick(vocab.surnames);
  const outlet = rng.pick(vocab.outlets);
  const channel = rng.weighted(CHANNELS);
  const subject = fill(rng.pick(vocab.subjects), vocab, rng, new Date(receivedMs).getUTCFullYear());
  const login = jurisdiction === 'PL' ? foldForSearch(`${first[0]}.${surname}`) : `news${rng.int(1, 99)}`;
  const contact =
    channel === 'phone'
      ? `${jurisdiction === 'PL' ? '+48 6' : '+380 6'}${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}`
      : `${login}@${outlet.domain}`;
  const assignee = rng.chance(0.1)
    ? null
    : jurisdiction === 'UA' && rng.chance(0.5)
      ? office.people.find((p) => p.id === 'obon')
      : rng.pick(office.people);
  return {
    receivedAt: new Date(receivedMs).toISOString(),
    channel,
    journalistName: `${first} ${female ? vocab.feminine(surname) : surname}`,
    outletName: outlet.name,
    outletType: outlet.type,
    contact,
    subject,
    question: rng.pick(vocab.questions).replace('{subject}', subject),
    jurisdiction,
    ruleId: rng.weighted(jurisdiction === 'PL' ? PL_RULES : UA_RULES),
    assigneeDepartmentId: assignee?.departmentId ?? null,
    assigneePersonId: assignee?.id ?? null,
  };
}

function addDaysToLocalDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** The transitions that take a freshly registered inquiry to `outcome`, at plausible instants. */
function stepsFor(
  outcome: Outcome,
  fields: PlannedInquiry['fields'],
  registeredAtMs: number,
  office: OfficeSettings,
  rng: Random,
): PlannedStep[] {
  const vocab = fields.jurisdiction === 'PL' ? PL : UA;
  const base = deadlineFor(
    { ...fields, extensionDueDate: null, extensionNoticeAt: null, pauses: [] },
    office,
  );
  const dueMs = base.dueAt ? Date.parse(base.dueAt) : registeredAtMs + 14 * DAY;
  const startAt = registeredAtMs + rng.int(10 * MINUTE, 2 * DAY);
  // Most answers arrive before the deadline, some a little late.
  const closeAt = Math.max(startAt + MINUTE, registeredAtMs + rng.next() * 1.15 * (dueMs - registeredAtMs));
  const iso = (ms: number) => new Date(ms).toISOString();
  const start: PlannedStep = { atMs: startAt, transition: { action: 'start' } };
  switch (outcome) {
    case 'new':
      return [];
    case 'in_progress':
      return [start];
    case 'extended': {
      if (!EXTENDABLE.has(fields.ruleId) || !base.dueDate || startAt > dueMs) return [start];
      const extend: PlannedTransition = {
        action: 'extend',
        newDueDate: addDaysToLocalDate(base.dueDate, 10),
        reason: rng.pick(vocab.extensionReasons),
        noticeAt: iso(startAt),
      };
      return [start, { atMs: startAt + MINUTE, transition: extend }];
    }
    case 'paused': {
      // The engine refuses a pause after the deadline (a 48-hour request can expire before work starts).
      const at = registeredAtMs + MINUTE + rng.next() * 0.8 * (dueMs - registeredAtMs);
      const pause: PlannedStep = {
        atMs: at,
        transition: { action: 'pause', at: iso(at), reason: rng.pick(vocab.pauseReasons) },
      };
      return at > startAt ? [start, pause] : [pause];
    }
    case 'answered':
      return [
        start,
        {
          atMs: closeAt,
          transition: {
            action: 'answer',
            text: rng.pick(vocab.answers),
            sentAt: iso(closeAt),
            channel: fields.channel === 'phone' ? 'email' : fields.channel,
          },
        },
      ];
    case 'refused': {
      const refusal = rng.pick(vocab.refusals);
      return [
        start,
        { atMs: closeAt, transition: { action: 'refuse', ...refusal, decidedAt: iso(closeAt) } },
      ];
    }
    case 'forwarded': {
      const at = registeredAtMs + rng.int(HOUR, 3 * DAY);
      return [{ atMs: at, transition: { action: 'forward', to: rng.pick(vocab.forwardTo), at: iso(at) } }];
    }
    case 'withdrawn': {
      const at = registeredAtMs + rng.int(HOUR, 5 * DAY);
      return [{ atMs: at, transition: { action: 'withdraw', at: iso(at) } }];
    }
  }
}

/** `count` inquiries in order of receipt; nothing happens after `nowMs`. */
export function planInquiries(
  count: number,
  nowMs: number,
  office: OfficeSettings,
  rng: Random,
): PlannedInquiry[] {
  return receivedInstants(count, nowMs, rng).map((receivedMs) => {
    const fields = fieldsFor(receivedMs, rng, office);
    const registeredAtMs = Math.min(nowMs, receivedMs + rng.int(MINUTE, 2 * HOUR));
    const outcome = outcomeFor((nowMs - receivedMs) / DAY, rng);
    // A step that would happen in the future has not happened yet: keep only the past ones.
    const steps = stepsFor(outcome, fields, registeredAtMs, office, rng).filter((s) => s.atMs <= nowMs);
    return { fields, registeredAtMs, steps };
  });
}
