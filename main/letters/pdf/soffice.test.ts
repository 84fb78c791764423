import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docxToPdf, findSoffice } from './soffice';

const available = await findSoffice();
const inCi = process.env.CI === 'true';

async function letter(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [new Paragraph({ children: [new TextRun('Szanowny Panie Zdzisławie — Шановний Іване')] })],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('PDF through LibreOffice', () => {
  it.runIf(!available && inCi)('needs LibreOffice in CI (scripts/install-system-deps.sh installs it)', () => {
    throw new Error('soffice not found: CI must install libreoffice-writer');
  });

  it.runIf(available)(
    'turns a letter into a one-page PDF',
    async () => {
      const pdf = Buffer.from(await docxToPdf(await letter()));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/Type\s*\/Page[^s]/);
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBe(1);
    },
    120_000,
  );
});
