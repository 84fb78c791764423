import type { MethodName } from '../../core/api/contract';
import type { patronageContract } from '../../core/api/contract-patronage';
import { attachFile, attachmentFile } from '../services/patronage/attachments';
import { decisionLetter, diploma } from '../services/patronage/documents';
import {
  answerPatronage,
  createPatronage,
  getPatronage,
  listPatronage,
  logoApproval,
  reportReceived,
  transitionPatronage,
  updatePatronage,
} from '../services/patronage/patronage-service';
import { exportPatronageRegister } from '../services/patronage/register';
import type { Handler } from './handlers';

type PatronageMethod = keyof typeof patronageContract & MethodName;

/** Handlers of the honorary patronage methods. */
export const patronageHandlers: { [M in PatronageMethod]: Handler<M> } = {
  'patronage.list': listPatronage,
  'patronage.get': (ctx, input) => getPatronage(ctx, input.id),
  'patronage.create': createPatronage,
  'patronage.update': updatePatronage,
  'patronage.answer': answerPatronage,
  'patronage.transition': transitionPatronage,
  'patronage.logoApproval': logoApproval,
  'patronage.report': reportReceived,
  'patronage.attach': attachFile,
  'patronage.attachment': attachmentFile,
  'patronage.decisionLetter': decisionLetter,
  'patronage.diploma': diploma,
  'patronage.exportXlsx': exportPatronageRegister,
};
