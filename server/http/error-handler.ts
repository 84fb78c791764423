import type { FastifyError, FastifyInstance } from 'fastify';
import { ServerError, type ServerErrorCode } from '../errors';

/**
 * Every refusal leaves as `{ error, message, details? }` with a 4xx status; unexpected failures as
 * 500 `{ error: "INTERNAL", message }` without internals (logged through `onInternalError`).
 */
export function installErrorHandling(app: FastifyInstance, onInternalError: (error: unknown) => void): void {
  app.setNotFoundHandler((request, reply) => {
    void reply.code(404).send({
      error: 'NOT_FOUND',
      message: `No such endpoint: ${request.method} ${request.url.split('?')[0]}`,
    });
  });

  app.setErrorHandler((error: FastifyError | ServerError, _request, reply) => {
    if (error instanceof ServerError) {
      void reply
        .code(error.status)
        .headers(error.headers)
        .send({
          error: error.code,
          message: error.message,
          ...(error.details !== undefined ? { details: error.details } : {}),
        });
      return;
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const [code, message] = translate(error, status);
      void reply.code(status).send({ error: code, message });
      return;
    }
    onInternalError(error);
    void reply.code(500).send({ error: 'INTERNAL', message: 'The server failed to handle this request.' });
  });
}

function translate(error: FastifyError, status: number): [ServerErrorCode, string] {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return ['PAYLOAD_TOO_LARGE', 'The request body is too large for this endpoint.'];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['BAD_REQUEST', 'This endpoint expects a JSON body (Content-Type: application/json).'];
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['BAD_REQUEST', 'The JSON body is empty.'];
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return ['BAD_REQUEST', 'The body is not valid JSON.'];
    default:
      if (status === 413) return ['PAYLOAD_TOO_LARGE', 'The request body is too large.'];
      if (error instanceof SyntaxError) return ['BAD_REQUEST', 'The body is not valid JSON.'];
      return ['BAD_REQUEST', error.message || 'The request is malformed.'];
  }
}
