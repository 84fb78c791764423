/** The register of patronages as an .xlsx file, with the current filter of the list. */
import type { MethodInput, MethodOutput } from '../../../core/api/contract';
import { patronageToXlsx } from '../../export/patronage-xlsx';
import type { AppContext } from '../context';
import { listPatronage } from './patronage-service';

export async function exportPatronageRegister(
  ctx: AppContext,
  input: MethodInput<'patronage.exportXlsx'>,
): Promise<MethodOutput<'patronage.exportXlsx'>> {
  const office = ctx.settings.get().office;
  const rows = listPatronage(ctx, input).items.map((item) => ({
    ...item,
    letterNumbers: item.letterIds
      .map((id) => ctx.letters.letters.get(id)?.regNo)
      .filter((n): n is string => n !== undefined)
      .join(', '),
  }));
  // The register reads oldest first, like a paper one.
  rows.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  const bytes = await patronageToXlsx(rows, office.language, office.timeZone);
  const stamp = ctx.clock().toISOString().slice(0, 10);
  return {
    fileName: `rejestr-patronatow-${stamp}.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
