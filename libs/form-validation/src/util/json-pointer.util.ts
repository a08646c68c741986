/** One reference token of a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `base` extended by one token. */
export function appendPointer(base: string, token: string | number): string {
  return `${base}/${escapePointerToken(token)}`;
}
