import type { CalendarEventRecord } from '../../core/calendar/record';
import { eventSpan, MAX_EVENT_SPAN_MS } from '../../core/calendar/span';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';

export type NewCalendarEvent = Omit<CalendarEventRecord, 'id' | 'createdAt' | 'updatedAt'>;
export type CalendarEventPatch = Partial<NewCalendarEvent>;

export const calendarEventMapper = recordMapper<CalendarEventRecord>({
  calendarId: ['calendar_id', 'text'],
  type: ['type', 'text'],
  title: ['title', 'text'],
  allDay: ['all_day', 'bool'],
  start: ['start_at', 'text'],
  end: ['end_at', 'text'],
  timeZone: ['time_zone', 'text'],
  rrule: ['rrule', 'text'],
  exdates: ['exdates', 'json'],
  status: ['status', 'text'],
  private: ['private', 'bool'],
  location: ['location', 'text'],
  participantsInternal: ['participants_internal', 'json'],
  participantsExternal: ['participants_external', 'json'],
  notes: ['notes', 'text'],
  reminders: ['reminders', 'json'],
});

/**
 * Keeps the derived range columns (epoch ms) of events in step with their fields; run by the repository
 * after each write and by sync after remote changes arrive. Local only: never synced.
 */
export function refreshEventRanges(db: Db, ids: readonly string[]): void {
  const select = db.prepare('SELECT * FROM calendar_events WHERE id = ?');
  const update = db.prepare('UPDATE calendar_events SET range_start_ms = ?, range_end_ms = ? WHERE id = ?');
  for (const id of ids) {
    const row = select.get(id) as Record<string, unknown> | undefined;
    if (!row) continue;
    let span: { startMs: number; endMs: number | null };
    try {
      span = eventSpan(calendarEventMapper.fromRow(row));
    } catch {
      // A half-arrived synced row (placeholders): keep it visible to every range until complete.
      span = { startMs: 0, endMs: null };
    }
    update.run(span.startMs, span.endMs, id);
  }
}

/** All reads and writes of calendar events. Writes run in a transaction through the write path. */
export class CalendarEventRepository {
  constructor(
    private readonly db: Db,
    private readonly writes: WritePath,
  ) {}

  create(event: NewCalendarEvent): CalendarEventRecord {
    return this.db.transaction(() => this.createInTransaction(event)).immediate();
  }

  /** For services that write several records in one transaction (e.g. scheduling an application). */
  createInTransaction(event: NewCalendarEvent): CalendarEventRecord {
    const id = this.writes.insert('calendar_events', calendarEventMapper.toRow(event));
    refreshEventRanges(this.db, [id]);
    return this.require(id);
  }

  update(id: string, patch: CalendarEventPatch): CalendarEventRecord {
    return this.db.transaction(() => this.updateInTransaction(id, patch)).immediate();
  }

  updateInTransaction(id: string, patch: CalendarEventPatch): CalendarEventRecord {
    this.require(id);
    this.writes.update('calendar_events', id, calendarEventMapper.toRow(patch));
    refreshEventRanges(this.db, [id]);
    return this.require(id);
  }

  remove(id: string): void {
    this.db
      .transaction(() => {
        this.require(id);
        this.writes.tombstone('calendar_events', id);
      })
      .immediate();
  }

  get(id: string): CalendarEventRecord | null {
    const row = this.db.prepare('SELECT * FROM calendar_events WHERE id = ? AND deleted = 0').get(id);
    return row ? calendarEventMapper.fromRow(row as Record<string, unknown>) : null;
  }

  /**
   * Events that may have occurrences in [fromMs, toMs): single events by their own bounds (an index
   * range no wider than the view plus the longest event), series by their first start and last end.
   * An empty `calendarIds` means every calendar.
   */
  inRange(fromMs: number, toMs: number, calendarIds: readonly string[] = []): CalendarEventRecord[] {
    const filter = calendarIds.length ? `AND calendar_id IN (${calendarIds.map(() => '?').join(', ')})` : '';
    const rows = this.db
      .prepare(
        `SELECT * FROM calendar_events
         WHERE deleted = 0 AND rrule IS NULL AND range_start_ms >= ? AND range_start_ms < ? AND range_end_ms > ? ${filter}
         UNION ALL
         SELECT * FROM calendar_events
         WHERE deleted = 0 AND rrule IS NOT NULL AND range_start_ms < ? AND (range_end_ms IS NULL OR range_end_ms > ?) ${filter}`,
      )
      .all(fromMs - MAX_EVENT_SPAN_MS, toMs, fromMs, ...calendarIds, toMs, fromMs, ...calendarIds) as Record<
      string,
      unknown
    >[];
    return rows.map((row) => calendarEventMapper.fromRow(row));
  }

  private require(id: string): CalendarEventRecord {
    const event = this.get(id);
    if (!event) throw new Error(`calendar event ${id} not found`);
    return event;
  }
}
