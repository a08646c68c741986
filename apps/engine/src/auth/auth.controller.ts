import { Body, Controller, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';

import type { LoginRequest, LoginResponse } from '@yilin/contracts';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';
import { UsersService } from '@engine/users/users.service';

import { Access } from './access.decorator';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { TokenService } from './token.service';

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
    private readonly tokens: TokenService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Access('public')
  @ApiBody({ schema: LOGIN_SCHEMA })
  @UseGuards(LoginThrottlerGuard)
  async login(@Body(new RequestSchemaPipe(LOGIN_SCHEMA)) body: LoginRequest): Promise<LoginResponse> {
    const user = await this.users.authenticate(body.username, body.password);
    if (!user) throw new UnauthorizedException('The username or password is not right');
    const { id, username, displayName, roles } = user;
    return { accessToken: this.tokens.issue(user), user: { id, username, displayName, roles } };
  }
}
