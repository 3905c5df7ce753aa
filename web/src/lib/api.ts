import type { ProblemFieldError } from '../../../shared/errors.ts';

/** A failed API call: the problem+json `code`, its localised `detail` and any field errors. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: ProblemFieldError[];

  constructor(status: number, code: string, detail: string, fieldErrors: ProblemFieldError[] = []) {
    super(detail || code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

/** Codes the client itself produces when no problem document came back. */
export const NETWORK_ERROR = 'NETWORK_ERROR';
export const UNEXPECTED_RESPONSE = 'UNEXPECTED_RESPONSE';

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export type ApiClientOptions = {
  /** The session's CSRF token, sent on every state-changing request. */
  csrfToken: () => string | null;
  /** Sent as Accept-Language so the server answers in the user's language. */
  language: () => string;
  /** Called when a request comes back 401 (the session ended): the app sends the user to log in. */
  onUnauthorized: () => void;
};

type RequestOptions = {
  query?: QueryParams;
  body?: unknown;
  /** A multipart body (uploads); the browser sets its content type with the boundary. */
  form?: FormData;
  signal?: AbortSignal;
  skipAuthRedirect?: boolean;
};

export function toQueryString(query: QueryParams | undefined): string {
  if (!query) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

function isProblem(data: unknown): data is { code: string; detail: string; errors?: ProblemFieldError[] } {
  return typeof data === 'object' && data !== null && 'code' in data && 'detail' in data;
}

/** Strips the validation context the server prefixes ("body.email" → "email"). */
function fieldPath(path: string): string {
  return path.replace(/^(body|querystring|params)\./, '');
}

export function createApiClient(options: ApiClientOptions) {
  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      'accept-language': options.language(),
    };
    if (opts.body !== undefined && !opts.form) headers['content-type'] = 'application/json';
    if (method !== 'GET' && method !== 'HEAD') {
      const token = options.csrfToken();
      if (token) headers['x-csrf-token'] = token;
    }
    let res: Response;
    try {
      res = await fetch(path + toQueryString(opts.query), {
        method,
        headers,
        credentials: 'same-origin',
        body: opts.form ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
        signal: opts.signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') throw e;
      throw new ApiError(0, NETWORK_ERROR, '');
    }
    const text = res.status === 204 ? '' : await res.text();
    let data: unknown;
    try {
      data = text ? JSON.parse(text) : undefined;
    } catch {
      data = undefined;
    }
    if (!res.ok) {
      if (res.status === 401 && !opts.skipAuthRedirect) options.onUnauthorized();
      if (isProblem(data)) {
        const fields = (data.errors ?? []).map((e) => ({ ...e, path: fieldPath(e.path) }));
        throw new ApiError(res.status, data.code, data.detail, fields);
      }
      throw new ApiError(res.status, UNEXPECTED_RESPONSE, '');
    }
    return data as T;
  }

  return {
    get: <T>(
      path: string,
      query?: QueryParams,
      extra?: Pick<RequestOptions, 'signal' | 'skipAuthRedirect'>,
    ) => request<T>('GET', path, { query, ...extra }),
    post: <T>(path: string, body?: unknown, extra?: Pick<RequestOptions, 'skipAuthRedirect'>) =>
      request<T>('POST', path, { body: body ?? {}, ...extra }),
    patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
    /** One file as multipart field `file`, with the CSRF token; refusals come back as ApiError. */
    upload: <T>(path: string, file: File, query?: QueryParams) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return request<T>('POST', path, { form, query });
    },
    delete: <T>(path: string) => request<T>('DELETE', path),
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
