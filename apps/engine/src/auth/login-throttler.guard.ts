import { Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';

/** Counts sign-in attempts per address and username, so one person's typos never lock out a whole office. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const username = (request.body as { username?: unknown } | undefined)?.username;
    return `${String(request.ip)}|${typeof username === 'string' ? username.toLowerCase() : ''}`;
  }
}
