/**
 * Demo letters: a golden-wedding batch of diplomas, birthday congratulations, a Ukrainian condolence
 * letter and an invitation, produced through the real service (so they are numbered, registered and
 * stored like real work), and a sample recipient list to try a mail merge with.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatWall, wallOf } from '../../core/calendar/local-time';
import type { AppContext } from '../services/context';
import { produceLetters } from '../services/letters/produce';

const COUPLES = [
  ['Halina', 'Józef', 'Wiśniewscy', '50'],
  ['Zofia', 'Zdzisław', 'Żółkiewscy', '50'],
  ['Krystyna', 'Stanisław', 'Dąbrowscy', '55'],
  ['Teresa', 'Henryk', 'Łukasiewiczowie', '60'],
];

export async function seedLetters(ctx: AppContext): Promise<void> {
  const zone = ctx.settings.get().office.timeZone;
  const today = formatWall(wallOf(ctx.clock().getTime(), zone), true);
  await produceLetters(ctx, {
    jobId: 'demo-golden-wedding',
    templateId: 'builtin:diploma:pl',
    kind: 'diploma',
    date: today,
    subject: 'Jubileusz Złotych Godów',
    common: { achievement: 'w uznaniu długoletniego pożycia małżeńskiego' },
    recipients: COUPLES.map(([wife, husband, family, years]) => ({
      name: `${wife} i ${husband} ${family}`,
      address: '',
      salutation: 'Szanowni Państwo',
      fields: { names: `${wife} i ${husband} ${family}`, years: years as string },
    })),
    recipientSource: 'typed',
    output: 'combined',
    preview: false,
    format: 'docx',
  });
  await produceLetters(ctx, {
    jobId: 'demo-birthday',
    templateId: 'builtin:congratulations_birthday:pl',
    kind: 'congratulations_birthday',
    date: today,
    subject: '100. urodziny',
    common: {},
    recipients: [
      {
        name: 'Pani Stanisława Kowalczyk',
        address: 'ul. Sienkiewicza 12/4\n27-400 Ostrowiec Świętokrzyski',
        salutation: 'Szanowna Pani Stanisławo',
        fields: { years: '100' },
      },
    ],
    recipientSource: 'typed',
    output: 'combined',
    preview: false,
    format: 'docx',
  });
  await produceLetters(ctx, {
    jobId: 'demo-condolences-uk',
    templateId: 'builtin:condolences:uk',
    kind: 'condolences',
    date: today,
    subject: 'Співчуття',
    common: {},
    recipients: [
      {
        name: 'Кам’янець-Подільська міська рада',
        address: 'вул. Гагаріна, 75\n32300 Кам’янець-Подільський, Україна',
        salutation: 'Шановні колеги',
        fields: { deceased: 'почесного громадянина міста Миколи Петровича Гончара', relation: '' },
      },
    ],
    recipientSource: 'typed',
    output: 'combined',
    preview: false,
    format: 'docx',
  });
  await writeSampleList(ctx);
}

/** `<data-dir>/samples/zlote-gody.xlsx`: the kind of list the registry office sends before the ceremony. */
async function writeSampleList(ctx: AppContext): Promise<void> {
  const dir = join(ctx.dataDir, 'samples');
  mkdirSync(dir, { recursive: true });
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Pary');
  sheet.addRow(['Małżonkowie', 'Lata', 'Ulica', 'Kod pocztowy', 'Miejscowość']);
  const streets = ['ul. Polna 3', 'ul. Kilińskiego 8/2', 'os. Ogrody 14/31', 'ul. Żeromskiego 5'];
  COUPLES.forEach(([wife, husband, family, years], i) =>
    sheet.addRow([
      `${wife} i ${husband} ${family}`,
      Number(years),
      streets[i],
      '27-400',
      'Ostrowiec Świętokrzyski',
    ]),
  );
  // Awaited: the demo is ready only once the file is on disk.
  writeFileSync(join(dir, 'zlote-gody.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
}
