import { contract, isMethodName, type CallResult, type MethodName } from '../../core/api/contract';
import { parseOrThrow } from '../../core/api/validate';
import { AppError } from '../../core/errors';
import type { AppContext } from '../services/context';
import { handlers, type Handler } from './handlers';

export type Dispatch = (method: unknown, input: unknown) => Promise<CallResult<unknown>>;

/**
 * The single entry point both transports call. It refuses unknown methods, validates the input
 * against the contract (a bad payload writes nothing), runs the handler, and checks the output
 * against the contract too, so the renderer can trust what it gets.
 */
export function createDispatcher(ctx: AppContext, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    try {
      if (!isMethodName(method))
        throw new AppError('UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
      const spec = contract[method];
      const parsed = parseOrThrow(spec.input, input ?? {});
      const handler = handlers[method] as Handler<MethodName>;
      const output = await handler(ctx, parsed as never);
      return { ok: true, data: spec.output.parse(output) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      log(error);
      return { ok: false, error: new AppError('INTERNAL').toData() };
    }
  };
}
