import { createClient, type ErrorBody, type Operations, type PathOf, resolvePath, type ResponseOf } from '@yilin/contracts';

import { queryClient } from './query-client';

/** An error the API answered with; `message` is a sentence for people, `code` for the program. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'yilin.token';

// The bearer token lives in localStorage, sent only as an Authorization header: no cookie, so no request
// forged by another site carries it. The engine can end it at any time (docs/security.md).
export const sessionToken = {
  get: () => localStorage.getItem(TOKEN_KEY),
  set: (token: string | null) => {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
    // What one person loaded is never shown to the next one signing in on the same browser.
    queryClient.clear();
  },
};

/** After a change, every page on screen loads again: lists, counts and timelines follow what was done. */
function changed(method: string): void {
  if (method !== 'GET') void queryClient.invalidateQueries();
}

const sessionEndedListeners = new Set<() => void>();

/** Calls `listener` whenever the engine answers 401 to a signed-in call: the session ended (signed out elsewhere, disabled, expired). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function sessionEnded(status: number, sentToken: string | null): void {
  if (status !== 401 || !sentToken) return;
  sessionToken.set(null);
  sessionEndedListeners.forEach((listener) => listener());
}

/** JSON over HTTP to the engine: the web app's only way to reach it. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const token = sessionToken.get();
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        // The engine words a rule's refusal in the language the person reads.
        'Accept-Language': localStorage.getItem('yilin.language') === 'en' ? 'en' : 'zh-CN',
        ...init.headers,
      },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    throw new ApiError(0, '', 'NETWORK');
  }
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    sessionEnded(response.status, token);
    throw apiErrorOf(response.status, response.statusText, body);
  }
  changed(init.method ?? 'GET');
  return body as T;
}

/**
 * The engine's API typed by its contract: `client.get('/api/instances/:id', { params: { id } })` answers
 * the documented shape. It goes through `api`, so errors, the 401 sign-out and refetching stay the same.
 */
export const client = createClient(({ method, path, body }) =>
  api(path.replace(/^\/api(?=\/|$)/, ''), { method, ...(body !== undefined ? { body } : {}) }),
);

/** The API's error body as an ApiError, its sentence for people first. */
function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  const error = body as ErrorBody | undefined;
  return new ApiError(status, error?.message ?? statusText, error?.code, error?.details);
}

/** The operations that take a file as multipart form data. */
type UploadPath = { [P in PathOf<'POST'>]: Operations[`POST ${P}`] extends { upload: true } ? P : never }[PathOf<'POST'>];

/**
 * A file as multipart form data, with `onProgress` told the share sent so far (0 to 1): uploads are the
 * one call long enough that people want to watch it.
 */
export function uploadFile<P extends UploadPath>(
  path: P,
  params: Record<string, string>,
  file: File,
  onProgress: (sent: number) => void,
): Promise<ResponseOf<'POST', P>> {
  type T = ResponseOf<'POST', P>;
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', resolvePath(path, params));
    const token = sessionToken.get();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new ApiError(0, '', 'NETWORK'));
    request.onload = () => {
      let body: unknown;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (request.status >= 200 && request.status < 300) {
        changed('POST');
        return resolve(body as T);
      }
      sessionEnded(request.status, token);
      reject(apiErrorOf(request.status, request.statusText, body));
    };
    const form = new FormData();
    form.append('file', file);
    request.send(form);
  });
}

/** The operations that answer a file rather than JSON. */
type DownloadPath = { [P in PathOf<'GET'>]: ResponseOf<'GET', P> extends Blob ? P : never }[PathOf<'GET'>];

/** A file the caller may read, saved under the name it was uploaded with. */
export async function downloadFile(path: DownloadPath, params: Record<string, string>): Promise<void> {
  const token = sessionToken.get();
  let response: Response;
  try {
    response = await fetch(resolvePath(path, params), { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(0, '', 'NETWORK');
  }
  if (!response.ok) {
    const text = await response.text();
    throw apiErrorOf(response.status, response.statusText, text ? JSON.parse(text) : undefined);
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = encoded ? decodeURIComponent(encoded) : 'attachment';
  link.click();
  URL.revokeObjectURL(link.href);
}
