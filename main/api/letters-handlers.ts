import type { MethodName } from '../../core/api/contract';
import type { lettersContract } from '../../core/api/contract-letters';
import { findSoffice } from '../letters/pdf/soffice';
import { importRecipientList } from '../services/letters/recipients';
import { setCrest } from '../services/letters/crest';
import { cancelJob } from '../services/letters/jobs';
import { produceLetters } from '../services/letters/produce';
import {
  exportLetters,
  letterFile,
  listLetters,
  openLetter,
  requireLetter,
} from '../services/letters/register';
import {
  findTemplate,
  importTemplate,
  inspectUpload,
  listTemplates,
  removeTemplate,
  templateBytes,
  updateTemplate,
} from '../services/letters/templates';
import type { Handler } from './handlers';

type LettersMethod = keyof typeof lettersContract & MethodName;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Handlers of the letters methods: templates, recipients, producing, the register. */
export const lettersHandlers: { [M in LettersMethod]: Handler<M> } = {
  'letters.templates': (ctx) => listTemplates(ctx),
  'letters.inspectTemplate': (_ctx, input) => inspectUpload(input),
  'letters.importTemplate': importTemplate,
  'letters.updateTemplate': updateTemplate,
  'letters.removeTemplate': (ctx, input) => removeTemplate(ctx, input.id),
  'letters.templateFile': async (ctx, input) => {
    const template = findTemplate(ctx, input.id);
    const bytes = await templateBytes(ctx, template);
    return {
      fileName: `${template.name}.docx`,
      mimeType: DOCX,
      base64: Buffer.from(bytes).toString('base64'),
    };
  },
  'letters.importRecipients': (_ctx, input) => importRecipientList(input),
  'letters.produce': produceLetters,
  'letters.cancel': (_ctx, input) => ({ cancelled: cancelJob(input.jobId) }),
  'letters.pdfAvailable': async () => ({ available: (await findSoffice()) !== null }),
  'letters.setCrest': setCrest,
  'letters.list': listLetters,
  'letters.get': (ctx, input) => requireLetter(ctx, input.id),
  'letters.file': (ctx, input) => letterFile(ctx, input.id),
  'letters.open': (ctx, input) => openLetter(ctx, input.id),
  'letters.exportXlsx': exportLetters,
};
