/**
 * Calls the browser-mode HTTP API from the test process, as any other local program would:
 * POST /api/<method> with a JSON body and `Authorization: Bearer <token>`.
 */
import type { CallResult, MethodName, MethodOutput } from '../../core/api/contract';

export interface RawResponse {
  status: number;
  body: CallResult<unknown>;
}

/** One request; `token: null` sends no Authorization header at all. */
export async function rawCall(
  origin: string,
  token: string | null,
  method: string,
  input: unknown,
): Promise<RawResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  });
  return { status: response.status, body: (await response.json()) as CallResult<unknown> };
}

/** A call that must succeed; returns its data. */
export async function apiCall<M extends MethodName>(
  server: { origin: string; token: string },
  method: M,
  input: unknown,
): Promise<MethodOutput<M>> {
  const { status, body } = await rawCall(server.origin, server.token, method, input);
  if (!body.ok) throw new Error(`${method} failed with HTTP ${status}: ${JSON.stringify(body.error)}`);
  return body.data as MethodOutput<M>;
}
