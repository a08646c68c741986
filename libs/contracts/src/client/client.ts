import type { Operations } from './operations';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The path templates (`/api/instances/:id`) the API answers `M` on. */
export type PathOf<M extends HttpMethod> = {
  [K in keyof Operations]: K extends `${M} ${infer P}` ? P : never;
}[keyof Operations];

type OperationOf<M extends HttpMethod, P extends PathOf<M>> = Operations[`${M} ${P}` & keyof Operations];

/** `:id` and `:key` of a path template, as names. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

type ParamsOption<P extends string> = [PathParams<P>] extends [never]
  ? { params?: never }
  : { params: Record<PathParams<P>, string | number> };

/** Query values go as text; numbers and booleans are written out, and `null` or `''` leave a value out. */
type QueryOption<Op> = Op extends { query: infer Q }
  ? { query?: { [K in keyof Q]?: Q[K] | number | boolean | null | '' } }
  : { query?: never };

type BodyOption<Op> = Op extends { body: infer B } ? { body: B } : { body?: never };

export type CallOptions<M extends HttpMethod, P extends PathOf<M>> = ParamsOption<P> &
  QueryOption<OperationOf<M, P>> &
  BodyOption<OperationOf<M, P>>;

export type ResponseOf<M extends HttpMethod, P extends PathOf<M>> =
  OperationOf<M, P> extends { response: infer R } ? R : never;

/** Options may be left out only when the call needs neither path parameters nor a body. */
type CallArgs<M extends HttpMethod, P extends PathOf<M>> =
  Record<never, never> extends CallOptions<M, P> ? [options?: CallOptions<M, P>] : [options: CallOptions<M, P>];

/** One HTTP call as the client makes it: `path` is concrete (parameters filled in, query string appended). */
export interface ClientRequest {
  method: HttpMethod;
  path: string;
  body?: unknown;
}

/** Sends a request and resolves with the answer's parsed body; errors, tokens and retries are its business. */
export type Fetcher = (request: ClientRequest) => Promise<unknown>;

export type Client = {
  [M in HttpMethod as Lowercase<M>]: <P extends PathOf<M>>(
    path: P,
    ...args: CallArgs<M, P>
  ) => Promise<ResponseOf<M, P>>;
};

/** The concrete path of a template: parameters filled in (encoded), unset query values left out. */
export function resolvePath(
  template: string,
  params: Record<string, string | number> = {},
  query: Record<string, unknown> = {},
): string {
  const path = template.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${template}`);
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * A client typed by `Operations`: `client.get('/api/instances/:id', { params: { id } })` answers the
 * instance as documented. It sends through `fetcher`, so the caller keeps its own error handling.
 */
export function createClient(fetcher: Fetcher): Client {
  const call =
    (method: HttpMethod) =>
    (path: string, options: { params?: Record<string, string | number>; query?: object; body?: unknown } = {}) =>
      fetcher({
        method,
        path: resolvePath(path, options.params, options.query as Record<string, unknown> | undefined),
        ...(options.body !== undefined ? { body: options.body } : {}),
      });
  return {
    get: call('GET'),
    post: call('POST'),
    put: call('PUT'),
    patch: call('PATCH'),
    delete: call('DELETE'),
  } as unknown as Client;
}
