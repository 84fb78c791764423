import type { Letter, LetterListQuery, LetterTemplate } from '../../core/letters/schema';
import { foldForSearch } from '../../core/text/fold';
import type { Db } from '../connection';
import type { WritePath } from '../write-path';
import { recordMapper } from './record-mapper';
import { SyncedRecords } from './synced-records';

export const letterMapper = recordMapper<Letter>({
  regNo: ['reg_no', 'text'],
  regYear: ['reg_year', 'int'],
  regSeq: ['reg_seq', 'int'],
  date: ['date', 'text'],
  kind: ['kind', 'text'],
  language: ['language', 'text'],
  subject: ['subject', 'text'],
  recipientName: ['recipient_name', 'text'],
  recipientAddress: ['recipient_address', 'text'],
  salutation: ['salutation', 'text'],
  templateId: ['template_id', 'text'],
  templateName: ['template_name', 'text'],
  signatoryName: ['signatory_name', 'text'],
  signatoryFunction: ['signatory_function', 'text'],
  fileName: ['file_name', 'text'],
  fileSha256: ['file_sha256', 'text'],
  batchId: ['batch_id', 'text'],
  contactId: ['contact_id', 'text'],
});

type StoredTemplate = Omit<LetterTemplate, 'builtin'>;
const templateFields = recordMapper<StoredTemplate>({
  name: ['name', 'text'],
  kind: ['kind', 'text'],
  language: ['language', 'text'],
  placeholders: ['placeholders', 'json'],
  loops: ['loops', 'json'],
  conditions: ['conditions', 'json'],
  images: ['images', 'json'],
  mapping: ['mapping', 'json'],
  fileSha256: ['file_sha256', 'text'],
});
const templateMapper = {
  toRow: (patch: Partial<LetterTemplate>) => {
    const { builtin: _builtin, ...rest } = patch;
    return templateFields.toRow(rest);
  },
  columnOf: (field: string) => templateFields.columnOf(field),
  fromRow: (row: Record<string, unknown>): LetterTemplate => ({
    ...templateFields.fromRow(row),
    builtin: false,
  }),
};

/** The register of outgoing correspondence and the office's templates. Writes through the write path. */
export class LetterRepository {
  readonly letters: SyncedRecords<Letter>;
  readonly templates: SyncedRecords<LetterTemplate>;

  constructor(
    private readonly db: Db,
    writes: WritePath,
  ) {
    this.letters = new SyncedRecords(db, writes, 'letters', letterMapper);
    this.templates = new SyncedRecords(db, writes, 'letter_templates', templateMapper);
  }

  transaction<R>(work: () => R): R {
    return this.db.transaction(work).immediate();
  }

  /**
   * The register, newest number first. Text search folds diacritics ("lodz" finds "Łódź") over the
   * number, recipient, subject and template; the register stays small enough (thousands a year) for that.
   */
  list(query: LetterListQuery): { total: number; items: Letter[] } {
    const where: string[] = ['1 = 1'];
    const params: (string | number)[] = [];
    if (query.kind.length) {
      where.push(`kind IN (${query.kind.map(() => '?').join(', ')})`);
      params.push(...query.kind);
    }
    if (query.from) {
      where.push('date >= ?');
      params.push(query.from);
    }
    if (query.to) {
      where.push('date <= ?');
      params.push(query.to);
    }
    if (query.batchId) {
      where.push('batch_id = ?');
      params.push(query.batchId);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM letters WHERE deleted = 0 AND ${where.join(' AND ')} ORDER BY reg_year DESC, reg_seq DESC`,
      )
      .all(...params) as Record<string, unknown>[];
    let items = rows.map((row) => letterMapper.fromRow(row));
    const q = foldForSearch(query.q);
    if (q) {
      items = items.filter((l) =>
        foldForSearch(
          `${l.regNo} ${l.recipientName} ${l.recipientAddress} ${l.subject} ${l.templateName}`,
        ).includes(q),
      );
    }
    return { total: items.length, items: items.slice(query.offset, query.offset + query.limit) };
  }
}
