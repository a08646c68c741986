const MOBILE = /^1[3-9]\d{9}$/;

/**
 * Format `cn-mobile`: a mainland mobile number stored in its one canonical form, 11 digits starting `13`–`19`.
 *
 * No `+86`/`0086` prefix, spaces or dashes: the form widget strips them before the value is stored, so the same
 * person's number always compares equal and masks the same way; numbers outside the mainland need another field.
 */
export function isCnMobile(value: string): boolean {
  return MOBILE.test(value);
}
