import { randomInt } from 'node:crypto';

import { creditCodeCheckChar, organisationCodeCheckChar } from '@yilin/form-validation';

/** Registration authority 9 (market regulation), type 1 (enterprise), area 510107 (Wuhou District, Chengdu). */
const PREFIX = '91510107';
const BODY_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * A fresh unified social credit code (GB 32100-2015): prefix, an 8-character organisation body with its
 * GB 11714 check character, and the MOD 31 check character. Uniqueness is the database's unique index.
 */
export function newRegistrationNo(random: (max: number) => number = randomInt): string {
  let body = '';
  for (let i = 0; i < 8; i += 1) body += BODY_CHARSET[random(BODY_CHARSET.length)];
  const first17 = `${PREFIX}${body}${organisationCodeCheckChar(body)}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}
