import { DUE_SOON_MS, InquiryListQuerySchema, type InquiryListQuery } from '../core/inquiries/schema';
import type { Db } from '../db/connection';
import type { InquiryPage, InquiryRepository } from '../db/repositories/inquiries';

/**
 * What is measured: each operation once through InquiryRepository.list and once as the same SQL
 * written by hand (statements prepared once, parameters bound, raw rows returned, no mapping).
 */
export interface RawPage {
  total: number;
  rows: { id: string }[];
}

export interface Scenario {
  name: string;
  repo: () => InquiryPage;
  raw: () => RawPage;
}

const OPEN = ['new', 'in_progress', 'extended', 'paused'] as const;

function viaRepo(repo: InquiryRepository, query: InquiryListQuery, now: Date): () => InquiryPage {
  const parsed = InquiryListQuerySchema.parse(query);
  return () => repo.list(parsed, now);
}

/** LIMIT and OFFSET are bound as the repository binds them: literals can make SQLite pick another plan. */
function viaSql(
  db: Db,
  countSql: string,
  pageSql: string,
  params: unknown[],
  limit: number,
  offset = 0,
): () => RawPage {
  const count = db.prepare(countSql).pluck();
  const page = db.prepare(pageSql);
  return () => ({
    total: count.get(...params) as number,
    rows: page.all(...params, limit, offset) as { id: string }[],
  });
}

/** Filter + sort + page, as the register's table asks for them. */
export function listScenarios(db: Db, repo: InquiryRepository, now: Date, rows: number): Scenario[] {
  const nowIso = now.toISOString();
  const soonIso = new Date(now.getTime() + DUE_SOON_MS).toISOString();
  const deepOffset = Math.floor(rows / 5);
  return [
    {
      name: 'open, by due date',
      repo: viaRepo(repo, { status: [...OPEN], sort: 'dueAt', limit: 100 }, now),
      raw: viaSql(
        db,
        'SELECT count(*) FROM inquiries WHERE deleted = 0 AND status IN (?, ?, ?, ?)',
        `SELECT * FROM inquiries WHERE deleted = 0 AND status IN (?, ?, ?, ?)
         ORDER BY due_at IS NULL, due_at, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [...OPEN],
        100,
      ),
    },
    {
      name: 'overdue',
      repo: viaRepo(repo, { due: 'overdue', sort: 'dueAt', limit: 100 }, now),
      raw: viaSql(
        db,
        `SELECT count(*) FROM inquiries WHERE deleted = 0
           AND status IN ('new', 'in_progress', 'extended', 'paused') AND suspended = 0 AND due_at < ?`,
        `SELECT * FROM inquiries WHERE deleted = 0
           AND status IN ('new', 'in_progress', 'extended', 'paused') AND suspended = 0 AND due_at < ?
         ORDER BY due_at IS NULL, due_at, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [nowIso],
        100,
      ),
    },
    {
      name: 'due in 48 h',
      repo: viaRepo(repo, { due: 'soon', sort: 'dueAt', limit: 100 }, now),
      raw: viaSql(
        db,
        `SELECT count(*) FROM inquiries WHERE deleted = 0
           AND status IN ('new', 'in_progress', 'extended', 'paused') AND suspended = 0
           AND due_at >= ? AND due_at < ?`,
        `SELECT * FROM inquiries WHERE deleted = 0
           AND status IN ('new', 'in_progress', 'extended', 'paused') AND suspended = 0
           AND due_at >= ? AND due_at < ?
         ORDER BY due_at IS NULL, due_at, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [nowIso, soonIso],
        100,
      ),
    },
    {
      name: 'PL + assignee, by due date',
      repo: viaRepo(repo, { jurisdiction: 'PL', assigneePersonId: 'mwis', sort: 'dueAt', limit: 100 }, now),
      raw: viaSql(
        db,
        'SELECT count(*) FROM inquiries WHERE deleted = 0 AND jurisdiction = ? AND assignee_person_id = ?',
        `SELECT * FROM inquiries WHERE deleted = 0 AND jurisdiction = ? AND assignee_person_id = ?
         ORDER BY due_at IS NULL, due_at, reg_year, reg_seq LIMIT ? OFFSET ?`,
        ['PL', 'mwis'],
        100,
      ),
    },
    {
      name: 'all, received desc, offset 0',
      repo: viaRepo(repo, { sort: 'receivedAt', dir: 'desc', limit: 50, offset: 0 }, now),
      raw: viaSql(
        db,
        'SELECT count(*) FROM inquiries WHERE deleted = 0',
        `SELECT * FROM inquiries WHERE deleted = 0
         ORDER BY received_at DESC, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [],
        50,
      ),
    },
    {
      name: `all, received desc, offset ${deepOffset}`,
      repo: viaRepo(repo, { sort: 'receivedAt', dir: 'desc', limit: 50, offset: deepOffset }, now),
      raw: viaSql(
        db,
        'SELECT count(*) FROM inquiries WHERE deleted = 0',
        `SELECT * FROM inquiries WHERE deleted = 0
         ORDER BY received_at DESC, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [],
        50,
        deepOffset,
      ),
    },
    {
      name: 'all, by subject',
      repo: viaRepo(repo, { sort: 'subject', limit: 100 }, now),
      raw: viaSql(
        db,
        'SELECT count(*) FROM inquiries WHERE deleted = 0',
        `SELECT * FROM inquiries WHERE deleted = 0
         ORDER BY subject COLLATE NOCASE, reg_year, reg_seq LIMIT ? OFFSET ?`,
        [],
        100,
      ),
    },
  ];
}

const FTS_FROM = `FROM inquiries_fts JOIN inquiries i ON i.id = inquiries_fts.inquiry_id
  WHERE inquiries_fts MATCH ? AND i.deleted = 0`;
const FTS_ORDER = 'ORDER BY i.due_at IS NULL, i.due_at, i.reg_year, i.reg_seq LIMIT ? OFFSET ?';

/**
 * Full-text search. The raw side gets the MATCH expression already folded by hand ("Łódź" → lodz,
 * "київ" → киів: NFD splits ї into і + a diaeresis, which folding drops), as the index stores it.
 */
export function searchScenarios(db: Db, repo: InquiryRepository, now: Date): Scenario[] {
  const search = (q: string, match: string): Scenario => ({
    name: `search '${q}'`,
    repo: viaRepo(repo, { q, sort: 'dueAt', limit: 100 }, now),
    raw: viaSql(db, `SELECT count(*) ${FTS_FROM}`, `SELECT i.* ${FTS_FROM} ${FTS_ORDER}`, [match], 100),
  });
  // A register number from the middle of the register: the one selective search, e.g. 'BRP.1431.123.2024'.
  const regNo = db
    .prepare('SELECT reg_no FROM inquiries WHERE deleted = 0 ORDER BY reg_year, reg_seq LIMIT 1 OFFSET ?')
    .pluck()
    .get(Math.floor((db.prepare('SELECT count(*) FROM inquiries').pluck().get() as number) / 2)) as string;
  return [
    search('lodz', '"lodz"*'),
    search('Łódź', '"lodz"*'),
    search('remont ulicy', '"remont"* "ulicy"*'),
    search('київ', '"киів"*'),
    search(
      regNo,
      regNo
        .toLowerCase()
        .split('.')
        .map((t) => `"${t}"*`)
        .join(' '),
    ),
    {
      name: "search 'lodz' + open",
      repo: viaRepo(repo, { q: 'lodz', status: [...OPEN], sort: 'dueAt', limit: 100 }, now),
      raw: viaSql(
        db,
        `SELECT count(*) ${FTS_FROM} AND i.status IN (?, ?, ?, ?)`,
        `SELECT i.* ${FTS_FROM} AND i.status IN (?, ?, ?, ?) ${FTS_ORDER}`,
        ['"lodz"*', ...OPEN],
        100,
      ),
    },
  ];
}

/** True when both sides found the same number of rows and returned the same page. */
export function sameResult(repo: InquiryPage, raw: RawPage): boolean {
  return (
    repo.total === raw.total &&
    repo.items.length === raw.rows.length &&
    repo.items.every((item, i) => item.id === raw.rows[i]?.id)
  );
}
