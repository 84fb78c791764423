import type { FileOut, MethodInput } from '../../core/api/contract';
import { AppError } from '../../core/errors';
import { InquiryListQuerySchema } from '../../core/inquiries/schema';
import { localDateOf } from '../../core/deadlines';
import { answerLetterDocx } from '../export/answer-docx';
import { inquiriesToXlsx } from '../export/inquiries-xlsx';
import { refusalDecisionDocx } from '../export/refusal-docx';
import type { AppContext } from './context';
import { registerInquiryLetter } from './letters/register-generated';
import { requireInquiry } from './inquiry-service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** File names keep the registration number readable but safe on every file system. */
const safe = (text: string): string => text.replace(/[^\p{L}\p{N}._-]+/gu, '_');

function exportContext(ctx: AppContext) {
  const office = ctx.settings.get().office;
  return {
    office,
    language: office.language,
    now: ctx.clock().toISOString(),
    peopleById: Object.fromEntries(office.people.map((p) => [p.id, p.name])),
    departmentsById: Object.fromEntries(office.departments.map((d) => [d.id, d.name])),
  };
}

export async function exportRegister(
  ctx: AppContext,
  input: MethodInput<'inquiries.exportXlsx'>,
): Promise<FileOut> {
  // The whole filtered register, not one screen of it.
  const query = { ...InquiryListQuerySchema.parse(input), limit: 500, offset: 0 };
  const now = ctx.clock();
  const items = [];
  for (let page = ctx.inquiries.list(query, now); page.items.length;) {
    items.push(...page.items);
    query.offset += page.items.length;
    page = ctx.inquiries.list(query, now);
  }
  const econtext = exportContext(ctx);
  const buffer = await inquiriesToXlsx(items, econtext);
  const day = localDateOf(econtext.now, econtext.office.timeZone);
  return { fileName: `inquiries-${day}.xlsx`, mimeType: XLSX, base64: buffer.toString('base64') };
}

export async function exportAnswer(ctx: AppContext, id: string): Promise<FileOut> {
  const inquiry = requireInquiry(ctx, id);
  if (!inquiry.answerText)
    throw new AppError('ILLEGAL_TRANSITION', { from: inquiry.status, action: 'answerDocx' });
  const buffer = await answerLetterDocx(inquiry, exportContext(ctx));
  const fileName = `${safe(inquiry.regNo)}-answer.docx`;
  // A sent answer is outgoing correspondence: it gets its register entry (once).
  if (inquiry.answerSentAt)
    await registerInquiryLetter(ctx, inquiry, 'inquiry_answer', { fileName, bytes: buffer });
  return { fileName, mimeType: DOCX, base64: buffer.toString('base64') };
}

export async function exportRefusal(ctx: AppContext, id: string): Promise<FileOut> {
  const inquiry = requireInquiry(ctx, id);
  if (inquiry.status !== 'refused')
    throw new AppError('ILLEGAL_TRANSITION', { from: inquiry.status, action: 'refusalDocx' });
  const buffer = await refusalDecisionDocx(inquiry, exportContext(ctx));
  const fileName = `${safe(inquiry.regNo)}-decision.docx`;
  await registerInquiryLetter(ctx, inquiry, 'refusal_decision', { fileName, bytes: buffer });
  return { fileName, mimeType: DOCX, base64: buffer.toString('base64') };
}
