import { Body, Controller, ForbiddenException, HttpCode, Ip, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { LoginRequest, LoginResponse } from '@yilin/contracts';
import { SignInAddressGuard } from '@engine/common/rate-limit/sign-in-address.guard';
import { SignInFailures } from '@engine/common/rate-limit/sign-in-failures';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';
import { UsersService } from '@engine/users/users.service';

import { Access } from './access.decorator';
import { CurrentUser } from './current-user.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { SessionService } from './session.service';
import type { SessionUser } from './session-user';

const LOGIN_SCHEMA = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', minLength: 1, maxLength: 64 },
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
};

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionService,
    private readonly failures: SignInFailures,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Access('public')
  @ApiBody({ schema: LOGIN_SCHEMA })
  // Per address and username (typos lock out only their typist), and failures per address across usernames.
  @UseGuards(SignInAddressGuard, LoginThrottlerGuard)
  async login(@Body(new RequestSchemaPipe(LOGIN_SCHEMA)) body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    const user = await this.users.authenticate(body.username, body.password);
    if (!user) {
      await this.failures.record(address);
      throw new UnauthorizedException('The username or password is not right');
    }
    if (user.disabled) throw new ForbiddenException('This account is disabled; ask an administrator');
    const { id, username, displayName, roles } = user;
    return { accessToken: await this.sessions.issue(user), user: { id, username, displayName, roles } };
  }

  @Post('logout')
  @HttpCode(204)
  @Access('signed-in')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: ends every session of the caller (each browser and device)' })
  async logout(@CurrentUser() user: SessionUser): Promise<void> {
    await this.sessions.end(user.id);
  }
}
