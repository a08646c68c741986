const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^(\d{6})(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/;
// GB/T 2260 province-level codes; 81/82/83 are the residence permits of Hong Kong, Macao and Taiwan residents,
// which share the 18-character layout and check character.
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65',
  '71', '81', '82', '83',
]);
const MIN_BIRTH_YEAR = 1900;
const MAX_BIRTH_YEAR = 2100;

/**
 * Format `cn-resident-id`: an 18-character mainland resident ID number (GB 11643-1999).
 *
 * Checks the province part of the area code, that the birth date is a real calendar date with a year in
 * 1900..2100 (a fixed bound, so browser and server agree whatever their clocks say), and the ISO 7064 MOD 11-2
 * check character; a lower-case `x` is accepted as `X`.
 */
export function isResidentId(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [, area, year, month, day] = match;
  if (!PROVINCE_CODES.has(area.slice(0, 2))) return false;
  if (!isCalendarDate(Number(year), Number(month), Number(day))) return false;
  return residentIdCheckChar(value.slice(0, 17)) === value[17].toUpperCase();
}

/** The MOD 11-2 check character for the first 17 digits of a resident ID. */
export function residentIdCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(body[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < MIN_BIRTH_YEAR || year > MAX_BIRTH_YEAR || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= daysInMonth[month - 1];
}
