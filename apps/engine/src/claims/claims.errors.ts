import { HttpStatus } from '@nestjs/common';

import { DomainError } from '@engine/common/errors/domain.error';

export const nothingToClaim = () =>
  new DomainError(HttpStatus.FORBIDDEN, 'NOTHING_TO_CLAIM', 'You have nothing to do on this item at its current step, so you cannot claim it');

export const claimedByOther = (holder: string, since: Date) =>
  new DomainError(
    HttpStatus.CONFLICT,
    'CLAIMED_BY_OTHER',
    `${holder} has been handling this task since ${since.toISOString().slice(0, 16).replace('T', ' ')} UTC; only they or an administrator can release it`,
    { holder },
  );
