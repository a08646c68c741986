import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ThrottlerException } from '@nestjs/throttler';

import { TOO_MANY_ATTEMPTS } from './rate-limit.const';
import { SignInFailures } from './sign-in-failures';

/** Turns an address away, with `Retry-After`, once its failed sign-ins this minute reach the limit. */
@Injectable()
export class SignInAddressGuard implements CanActivate {
  constructor(
    private readonly failures: SignInFailures,
    private readonly adapter: HttpAdapterHost,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip: string }>();
    const { failures, resetsInSeconds } = await this.failures.countOf(String(request.ip));
    if (failures < this.failures.limit) return true;
    this.adapter.httpAdapter.setHeader(context.switchToHttp().getResponse(), 'Retry-After', String(resetsInSeconds));
    throw new ThrottlerException(TOO_MANY_ATTEMPTS);
  }
}
