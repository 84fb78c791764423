/**
 * Reminders of deadlines from every module, raised by the main-side services (not by a screen): each
 * tick computes what is due with the lead times, never repeats a reminder (the shown ones are kept in
 * the database), and sends what was missed while the app was closed once, as a catch-up list. The
 * renderer and Electron turn the event into notifications and a badge with the count.
 */
import type { AppEvent } from '../../core/api/contract';
import { badgeCount, groupDue, remindersToFire, withFired, type Reminder } from '../../core/reminders';
import { ReminderLog } from '../../db/reminder-log';
import type { AppContext } from './context';
import { deemOverdue } from './authorization-service';
import { dueItems } from './today-service';

const TICK_MS = 60_000;

export type ReminderEvent = Extract<AppEvent, { type: 'reminders' }>;

const brief = (r: Reminder) => ({
  key: r.key,
  module: r.item.module,
  kind: r.item.kind,
  title: r.item.title,
  dueInstant: r.dueInstant,
  leadMinutes: r.leadMinutes,
  link: r.item.link,
});

/** One run: what to show now, what was missed, the badge count; remembers what it returned. */
export function reminderTick(ctx: AppContext): ReminderEvent {
  // Silence past the term is authorization (art. 14a ust. 7): recorded first, so it is not reminded.
  deemOverdue(ctx);
  const now = ctx.clock();
  const items = dueItems(ctx);
  const zone = ctx.settings.get().office.timeZone;
  const log = new ReminderLog(ctx.db);
  const fired = log.fired();
  const result = remindersToFire({
    items,
    settings: ctx.settings.get().reminders,
    timeZone: zone,
    now,
    fired,
    lastRunAt: log.lastRunAt(),
  });
  const next = withFired(new Set<string>(), result);
  log.record(next, now);
  return {
    type: 'reminders',
    fire: result.fire.map(brief),
    catchUp: result.catchUp.map(brief),
    badge: badgeCount(groupDue(items, now, zone)),
  };
}

/**
 * Runs a tick at start and every minute. Each event goes to the renderer (and Electron's tray); what it
 * raised is also kept until a person acknowledges it, so nothing is lost when no window was open then.
 */
export class ReminderService {
  private pending: ReminderEvent['fire'] = [];
  private badge = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly ctx: AppContext) {}

  tick(): ReminderEvent {
    const event = reminderTick(this.ctx);
    this.badge = event.badge;
    const known = new Set(this.pending.map((r) => r.key));
    this.pending = [
      ...this.pending,
      ...[...event.catchUp, ...event.fire].filter((r) => !known.has(r.key)),
    ].slice(-100);
    this.ctx.emit(event);
    return event;
  }

  start(): void {
    const run = () => {
      try {
        this.tick();
      } catch (error) {
        console.error('reminders', error);
      }
    };
    run();
    this.timer = setInterval(run, TICK_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Reminders raised and not yet acknowledged (including those missed while the app was closed). */
  state(): { pending: ReminderEvent['fire']; badge: number } {
    return { pending: [...this.pending], badge: this.badge };
  }

  acknowledge(): { pending: ReminderEvent['fire']; badge: number } {
    this.pending = [];
    return this.state();
  }
}
