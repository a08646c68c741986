import type { IncomingHttpHeaders } from 'node:http';

/** The token of an `Authorization: Bearer …` header, or null when there is none of that form. */
export function bearerTokenOf(request: { headers: IncomingHttpHeaders }): string | null {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : null;
}
