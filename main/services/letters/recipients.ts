/** A recipient list (.xlsx/.csv) read for a mail merge: good rows, bad rows with their numbers, a guessed mapping. */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { AppError } from '../../../core/errors';
import { guessFieldMapping, importRecipients, RecipientImportError } from '../../letters/recipients';

export async function importRecipientList(
  input: MethodInput<'letters.importRecipients'>,
): Promise<MethodOutput<'letters.importRecipients'>> {
  try {
    const result = await importRecipients(
      new Uint8Array(Buffer.from(input.base64, 'base64')),
      input.fileName,
      {
        required: [],
      },
    );
    const guessed = guessFieldMapping(result.columns);
    const mapping = Object.fromEntries(
      Object.entries(guessed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
    return {
      columns: result.columns,
      rows: result.rows,
      problems: result.problems.map((p) => ({
        row: p.row,
        column: p.column,
        code: p.code,
        ...(p.value !== undefined ? { value: p.value } : {}),
      })),
      mapping,
    };
  } catch (error) {
    if (error instanceof RecipientImportError)
      throw new AppError('NOT_ALLOWED', { reason: `recipients_${error.code}` });
    throw error;
  }
}
