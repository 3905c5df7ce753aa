import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ZodError } from 'zod';
import {
  type ErrorCode,
  errorMessages,
  fieldMessages,
  fillMessage,
  type Locale,
  type Problem,
  type ProblemFieldError,
} from '../../../shared/errors.ts';
import { localeOf } from './i18n.ts';

/** The one error type services throw; the handler turns it into application/problem+json. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params?: Record<string, unknown>;
  readonly fieldErrors?: { path: string; code: string; params?: Record<string, unknown> }[];

  constructor(
    code: ErrorCode,
    params?: Record<string, unknown>,
    fieldErrors?: { path: string; code: string; params?: Record<string, unknown> }[],
  ) {
    super(`${code}${params ? ` ${JSON.stringify(params)}` : ''}`);
    this.code = code;
    this.status = errorMessages[code].status;
    this.params = params;
    this.fieldErrors = fieldErrors;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

type ZodIssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  keys?: string[];
  input?: unknown;
};

function fieldError(issue: ZodIssueLike, locale: Locale, pathPrefix = ''): ProblemFieldError {
  let code = issue.code;
  if (code === 'invalid_type' && issue.input === undefined) code = 'required';
  if (code === 'invalid_format' && issue.format === 'email') code = 'invalid_email';
  const tpl = fieldMessages[code as keyof typeof fieldMessages] ?? fieldMessages.custom;
  const params = {
    expected: issue.expected,
    minimum: issue.minimum,
    maximum: issue.maximum,
    keys: issue.keys?.join(', '),
  };
  // Custom refinements carry their own Vietnamese message; built-in ones use our dictionary.
  const message = code === 'custom' && issue.message ? issue.message : fillMessage(tpl[locale], params);
  const path = [pathPrefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return { path, code, message };
}

export function problemOf(
  code: ErrorCode,
  locale: Locale,
  params?: Record<string, unknown>,
  errors?: ProblemFieldError[],
): Problem {
  const def = errorMessages[code];
  return {
    type: `https://khuyencong.local/problems/${code.toLowerCase().replace(/_/g, '-')}`,
    title: code,
    status: def.status,
    code,
    detail: fillMessage(def[locale], params),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem) {
  return reply
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .serializer((p: unknown) => JSON.stringify(p))
    .send(problem);
}

export function zodToFieldErrors(err: ZodError, locale: Locale): ProblemFieldError[] {
  return err.issues.map((i) => fieldError(i as unknown as ZodIssueLike, locale));
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | Error, req: FastifyRequest, reply: FastifyReply) => {
    const locale = localeOf(req);
    if (err instanceof AppError) {
      const errors = err.fieldErrors?.map((f) => ({
        path: f.path,
        code: f.code,
        message: fillMessage(
          (fieldMessages[f.code as keyof typeof fieldMessages] ?? { vi: f.code, en: f.code })[locale],
          f.params,
        ),
      }));
      if (err.status >= 500) req.log.error({ err }, 'app error');
      return sendProblem(reply, problemOf(err.code, locale, err.params, errors));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const prefix = (err as FastifyError).validationContext ?? '';
      const errors = err.validation.map((v) =>
        fieldError(
          {
            ...(v.params as Record<string, unknown>),
            code: v.keyword,
            message: v.message ?? '',
            path: v.instancePath.split('/').filter(Boolean),
          } as ZodIssueLike,
          locale,
          prefix === 'body' ? '' : prefix,
        ),
      );
      return sendProblem(reply, problemOf('VALIDATION_FAILED', locale, undefined, errors));
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
      return sendProblem(reply, problemOf('MALFORMED_JSON', locale));
    }
    if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
      return sendProblem(reply, problemOf('MALFORMED_JSON', locale));
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return sendProblem(reply, problemOf('UNSUPPORTED_MEDIA_TYPE', locale));
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413)
      return sendProblem(reply, problemOf('PAYLOAD_TOO_LARGE', locale));
    if (fe.statusCode === 429)
      return sendProblem(reply, problemOf('RATE_LIMITED', locale, { after: '1 phút' }));
    if (isUniqueViolation(err)) return sendProblem(reply, problemOf('CONFLICT', locale));
    req.log.error({ err }, 'unhandled error');
    return sendProblem(reply, problemOf('INTERNAL', locale));
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/')) return sendProblem(reply, problemOf('ROUTE_NOT_FOUND', localeOf(req)));
    return reply
      .status(404)
      .type('text/html; charset=utf-8')
      .send('<!doctype html><meta charset="utf-8"><title>404</title><p>Không tìm thấy trang.</p>');
  });
}

/** PostgreSQL unique_violation (23505), from either driver. */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const e = err as { code?: string; constraint?: string; cause?: unknown } | null;
  if (!e) return false;
  if (e.code === '23505')
    return !constraint || e.constraint === constraint || String((e as Error).message).includes(constraint);
  return e.cause ? isUniqueViolation(e.cause, constraint) : false;
}
