/**
 * A string with most of it hidden, in the way people recognise for its kind: resident IDs and credit codes keep
 * the first 3 and last 2 characters, mobiles `138****5678`, emails the first letter and the domain, anything else
 * (names above all) only its first character: `张三丰` → `张**`.
 */
export function maskValue(value: string, format?: string): string {
  const chars = Array.from(value);
  switch (format) {
    case 'cn-resident-id':
    case 'cn-credit-code':
      return keepEnds(chars, 3, 2);
    case 'cn-mobile':
      return keepEnds(chars, 3, 4);
    case 'email': {
      const at = value.lastIndexOf('@');
      if (at > 0) return `${Array.from(value.slice(0, at))[0]}***${value.slice(at)}`;
      break;
    }
  }
  return keepEnds(chars, 1, 0);
}

function keepEnds(chars: readonly string[], head: number, tail: number): string {
  // Too short to keep both ends without giving the whole value away: keep only the first character.
  const short = chars.length <= head + tail;
  const kept = short ? Math.min(1, Math.max(0, chars.length - 1)) : head;
  const keptTail = short ? 0 : tail;
  const start = chars.slice(0, kept).join('');
  const end = chars.slice(chars.length - keptTail).join('');
  return start + '*'.repeat(chars.length - kept - keptTail) + end;
}
