import type { InquiryPatch } from '../../core/inquiries/lifecycle';
import {
  DUE_SOON_MS,
  OPEN_STATUSES,
  type Inquiry,
  type InquiryListQueryParsed,
  type InquiryStatus,
} from '../../core/inquiries/schema';
import { formatRegNumber } from '../../core/settings/schema';
import { searchTokens } from '../../core/text/fold';
import { reindexInquiries, SEARCH_JOIN } from './inquiry-search';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { patchToRow, rowToInquiry } from './inquiry-row';

export type NewInquiry = Omit<Inquiry, 'id' | 'regNo' | 'createdAt' | 'updatedAt'>;

const SORT_SQL: Record<InquiryListQueryParsed['sort'], string> = {
  dueAt: 'due_at IS NULL, due_at',
  receivedAt: 'received_at',
  regNo: 'reg_year, reg_seq',
  status: 'status',
  subject: 'subject COLLATE NOCASE',
};

const OPEN_SQL = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export interface InquiryPage {
  total: number;
  items: Inquiry[];
}

/** All reads and writes of journalists' inquiries. Writes run in a transaction through the write path. */
export class InquiryRepository {
  constructor(
    private readonly db: Db,
    private readonly writes: WritePath,
  ) {}

  /**
   * Registers an inquiry and gives it the next number of its year, in one transaction. `allocate` takes
   * the number (main/services/numbering.ts: a reserved block when signed in to a city server); by
   * default the workstation's own yearly sequence.
   */
  create(
    record: NewInquiry,
    numberPattern: string,
    year: number,
    allocate: () => number = () => this.nextSequence('inquiries', year),
  ): Inquiry {
    return this.db
      .transaction(() => {
        const seq = allocate();
        const regNo = formatRegNumber(numberPattern, seq, year);
        const id = this.writes.insert('inquiries', {
          ...patchToRow(record),
          reg_no: regNo,
          reg_year: year,
          reg_seq: seq,
        });
        const inquiry = this.require(id);
        this.index(inquiry);
        return inquiry;
      })
      .immediate();
  }

  update(id: string, patch: InquiryPatch): Inquiry {
    return this.db
      .transaction(() => {
        this.require(id);
        this.writes.update('inquiries', id, patchToRow(patch));
        const inquiry = this.require(id);
        this.index(inquiry);
        return inquiry;
      })
      .immediate();
  }

  get(id: string): Inquiry | null {
    const row = this.db.prepare('SELECT * FROM inquiries WHERE id = ? AND deleted = 0').get(id);
    return row ? rowToInquiry(row as Record<string, unknown>) : null;
  }

  list(query: InquiryListQueryParsed, now: Date): InquiryPage {
    const where: string[] = ['deleted = 0'];
    const params: Record<string, string | number> = {};
    if (query.status?.length) {
      where.push(`status IN (${query.status.map((_, i) => `@status${i}`).join(', ')})`);
      query.status.forEach((s, i) => (params[`status${i}`] = s));
    }
    if (query.jurisdiction) {
      where.push('jurisdiction = @jurisdiction');
      params.jurisdiction = query.jurisdiction;
    }
    if (query.assigneePersonId) {
      where.push('assignee_person_id = @assignee');
      params.assignee = query.assigneePersonId;
    }
    if (query.due === 'overdue') {
      where.push(`${OPEN_SQL} AND suspended = 0 AND due_at < @now`);
      params.now = now.toISOString();
    } else if (query.due === 'soon') {
      where.push(`${OPEN_SQL} AND suspended = 0 AND due_at >= @now AND due_at < @soon`);
      params.now = now.toISOString();
      params.soon = new Date(now.getTime() + DUE_SOON_MS).toISOString();
    }
    const match = query.q ? ftsQuery(query.q) : null;
    if (query.q && !match) return { total: 0, items: [] };
    if (match) {
      params.match = match;
    }
    const whereSql = where.join(' AND ');
    const from = match ? `inquiries ${SEARCH_JOIN}` : 'inquiries';
    const total = (
      this.db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${whereSql}`).get(params) as { n: number }
    ).n;
    const dir = query.dir === 'desc' ? 'DESC' : 'ASC';
    const order = SORT_SQL[query.sort]
      .split(', ')
      .map((part) => (part.endsWith('IS NULL') ? part : `${part} ${dir}`))
      .join(', ');
    const rows = this.db
      .prepare(
        `SELECT inquiries.* FROM ${from} WHERE ${whereSql} ORDER BY ${order}, reg_year, reg_seq LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: query.limit, offset: query.offset }) as Record<string, unknown>[];
    return { total, items: rows.map(rowToInquiry) };
  }

  /** What needs attention: overdue, due in the next 48 hours, and how many of each status. */
  dashboard(now: Date): {
    overdue: Inquiry[];
    dueSoon: Inquiry[];
    countsByStatus: Partial<Record<InquiryStatus, number>>;
  } {
    const base = { sort: 'dueAt', dir: 'asc', limit: 200, offset: 0 } as const;
    const overdue = this.list({ ...base, due: 'overdue' }, now).items;
    const dueSoon = this.list({ ...base, due: 'soon' }, now).items;
    const counts = this.db
      .prepare('SELECT status, count(*) AS n FROM inquiries WHERE deleted = 0 GROUP BY status')
      .all() as { status: InquiryStatus; n: number }[];
    return { overdue, dueSoon, countsByStatus: Object.fromEntries(counts.map((c) => [c.status, c.n])) };
  }

  /** Open inquiries whose deadline falls in [fromIso, toIso): the calendar's deadline overlay. */
  dueBetween(fromIso: string, toIso: string): Inquiry[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM inquiries WHERE deleted = 0 AND ${OPEN_SQL} AND due_at >= ? AND due_at < ? ORDER BY due_at`,
      )
      .all(fromIso, toIso) as Record<string, unknown>[];
    return rows.map(rowToInquiry);
  }

  /** Inquiries linked to any of these directory records (a journalist, an outlet's people). */
  byContacts(contactIds: readonly string[]): Inquiry[] {
    if (contactIds.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT * FROM inquiries WHERE deleted = 0 AND contact_id IN (${contactIds.map(() => '?').join(', ')}) ORDER BY received_at`,
      )
      .all(...contactIds) as Record<string, unknown>[];
    return rows.map(rowToInquiry);
  }

  private require(id: string): Inquiry {
    const inquiry = this.get(id);
    if (!inquiry) throw new Error(`inquiry ${id} not found`);
    return inquiry;
  }

  private index(inquiry: Inquiry): void {
    reindexInquiries(this.db, [inquiry.id]);
  }

  private nextSequence(name: string, year: number): number {
    const row = this.db
      .prepare(
        `INSERT INTO sequences (name, year, last) VALUES (?, ?, 1)
         ON CONFLICT(name, year) DO UPDATE SET last = last + 1 RETURNING last`,
      )
      .get(name, year) as { last: number };
    return row.last;
  }
}

/** Every word must match as a prefix: "lodz gaz" finds "Łódź" + "Gazeta". */
export function ftsQuery(q: string): string | null {
  const tokens = searchTokens(q);
  return tokens.length ? tokens.map((t) => `"${t}"*`).join(' ') : null;
}
