const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// Registration authority → allowed organisation type codes (GB 32100-2015 table 1). Only the three authorities
// whose type lists are settled are pinned; the others accept any type digit so that a real code is never refused
// for a table we cannot vouch for.
const TYPE_CODES: Readonly<Record<string, string>> = {
  '1': '1239',
  '5': '1239',
  '9': '123',
};
const OTHER_AUTHORITIES = '2345678ANY';

/**
 * Format `cn-credit-code`: an 18-character unified social credit code (GB 32100-2015).
 *
 * Checks the charset (digits and capitals without I, O, Z, S, V), the registration authority and type code,
 * the 6-digit area code, the GB 11714 check character of the embedded organisation code (positions 9–17) and the
 * MOD 31 check character at position 18. Upper case only: the code is printed in capitals on every licence.
 */
export function isCreditCode(value: string): boolean {
  if (!SHAPE.test(value)) return false;
  if (!hasKnownAuthorityAndType(value[0], value[1])) return false;
  if (organisationCodeCheckChar(value.slice(8, 16)) !== value[16]) return false;
  return creditCodeCheckChar(value.slice(0, 17)) === value[17];
}

/** The MOD 31 check character (position 18) for the first 17 characters of a credit code. */
export function creditCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += CHARSET.indexOf(body[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** The GB 11714 check character for the 8-character body of an organisation code. */
export function organisationCodeCheckChar(body: string): string {
  let sum = 0;
  // GB 11714 values letters by alphabet position (A=10 … Z=35), not by their index in the credit-code charset.
  for (let i = 0; i < 8; i += 1) sum += Number.parseInt(body[i], 36) * ORG_WEIGHTS[i];
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

function hasKnownAuthorityAndType(authority: string, type: string): boolean {
  const types = TYPE_CODES[authority];
  if (types !== undefined) return types.includes(type);
  return OTHER_AUTHORITIES.includes(authority) && /^[1-9]$/.test(type);
}
