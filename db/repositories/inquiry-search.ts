import { foldForSearch } from '../../core/text/fold';
import type { Db } from '../connection';
import { rowToInquiry, searchableText } from './inquiry-row';

/**
 * The one place that keeps the inquiries' full-text index in step, for local edits (the repository)
 * and for changes that arrive by sync. Each inquiry's FTS row has a stable integer key, so replacing
 * it is a lookup by rowid, not a scan of the index.
 */
export function reindexInquiries(db: Db, ids: readonly string[]): void {
  const select = db.prepare('SELECT * FROM inquiries WHERE id = ?');
  const key = db.prepare(
    `INSERT INTO inquiry_search_keys (inquiry_id) VALUES (?)
     ON CONFLICT(inquiry_id) DO UPDATE SET inquiry_id = excluded.inquiry_id RETURNING id`,
  );
  const remove = db.prepare('DELETE FROM inquiries_fts WHERE rowid = ?');
  const insert = db.prepare('INSERT INTO inquiries_fts (rowid, inquiry_id, body) VALUES (?, ?, ?)');
  for (const id of ids) {
    const rowid = (key.get(id) as { id: number }).id;
    remove.run(rowid);
    const row = select.get(id) as Record<string, unknown> | undefined;
    // pauses is not searched; a malformed remote value must not break indexing.
    if (row) insert.run(rowid, id, foldForSearch(searchableText(rowToInquiry({ ...row, pauses: '[]' }))));
  }
}

/** Joined into a list query: the inquiries whose folded text matches @match. */
export const SEARCH_JOIN =
  'JOIN (SELECT inquiry_id FROM inquiries_fts WHERE inquiries_fts MATCH @match) AS found ON found.inquiry_id = inquiries.id';
