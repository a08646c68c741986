import type { Request } from 'express';

/** The token of an `Authorization: Bearer …` header, or null when there is none of that form. */
export function bearerTokenOf(request: Pick<Request, 'headers'>): string | null {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}
