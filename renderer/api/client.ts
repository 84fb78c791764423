import { contract, type MethodInput, type MethodName, type MethodOutput } from '../../core/api/contract';
import { toFieldIssues } from '../../core/api/validate';
import { AppError } from '../../core/errors';
import { defaultTransport, type Transport } from './transport';

let transport: Transport | null = null;

export function setTransport(next: Transport): void {
  transport = next;
}

function current(): Transport {
  transport ??= defaultTransport();
  return transport;
}

/**
 * Calls a contract method. The input is validated here first (instant field errors, nothing sent)
 * and again on the main side; failures arrive as AppError with a translatable code.
 */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const checked = contract[method].input.safeParse(input);
  if (!checked.success) throw new AppError('VALIDATION', {}, toFieldIssues(checked.error));
  const result = await current().call(method, input);
  if (!result.ok) throw AppError.fromData(result.error);
  return result.data as MethodOutput<M>;
}

export function onEvent(listener: Parameters<Transport['onEvent']>[0]): () => void {
  return current().onEvent(listener);
}
