import { Body, Controller, ForbiddenException, HttpCode, Ip, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { LoginRequest, LoginResponse } from '@yilin/contracts';
import { LoginRequestSchema, LoginResponseSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { SignInAddressGuard } from '@engine/common/rate-limit/sign-in-address.guard';
import { SignInFailures } from '@engine/common/rate-limit/sign-in-failures';
import { UsersService } from '@engine/users/users.service';

import { Access } from './access.decorator';
import { CurrentUser } from './current-user.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { SessionService } from './session.service';
import type { SessionUser } from './session-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly failures: SignInFailures,
  ) {}

  @Operation({
    summary: 'Sign in: a bearer token for the API, and who it belongs to',
    body: LoginRequestSchema,
    response: LoginResponseSchema,
  })
  @Post('login')
  @HttpCode(200)
  @Access('public')
  // Per address and username (typos lock out only their typist), and failures per address across usernames.
  @UseGuards(SignInAddressGuard, LoginThrottlerGuard)
  async login(@Body() body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    const user = await this.users.authenticate(body.username, body.password);
    if (!user) {
      await this.failures.record(address);
      throw new UnauthorizedException('The username or password is not right');
    }
    if (user.disabled) throw new ForbiddenException('This account is disabled; ask an administrator');
    const { id, username, displayName, roles } = user;
    return { accessToken: await this.sessions.issue(user), user: { id, username, displayName, roles } };
  }

  @Operation({ summary: 'Sign out: ends every session of the caller (each browser and device)' })
  @Post('logout')
  @HttpCode(204)
  @Access('signed-in')
  async logout(@CurrentUser() user: SessionUser): Promise<void> {
    await this.sessions.end(user.id);
  }
}
