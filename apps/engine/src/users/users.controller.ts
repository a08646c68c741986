import { Body, Controller, Get, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';

import { ROLES, type CreateUserRequest, type PersonDto, type Role, type UserDto } from '@yilin/contracts';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';
import { RequestSchemaPipe } from '@engine/common/validation/request-schema.pipe';

import { UsersService } from './users.service';

const ROLES_SCHEMA = { type: 'array', items: { enum: [...ROLES] }, uniqueItems: true, maxItems: ROLES.length };

const CREATE_USER_SCHEMA = {
  type: 'object',
  required: ['username', 'password', 'roles'],
  additionalProperties: false,
  properties: {
    username: { type: 'string', pattern: '^[a-zA-Z0-9_.-]{3,64}$' },
    password: { type: 'string', minLength: 8, maxLength: 256 },
    displayName: { type: 'string', minLength: 1, maxLength: 128 },
    roles: ROLES_SCHEMA,
  },
};

const DIRECTORY_QUERY_SCHEMA = {
  type: 'object',
  required: ['role'],
  additionalProperties: false,
  properties: { role: { enum: [...ROLES] } },
};

const SET_ROLES_SCHEMA = {
  type: 'object',
  required: ['roles'],
  additionalProperties: false,
  properties: { roles: ROLES_SCHEMA },
};

const SET_DISABLED_SCHEMA = {
  type: 'object',
  required: ['disabled'],
  additionalProperties: false,
  properties: { disabled: { type: 'boolean' } },
};

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Access(['admin'])
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  /** People holding a role, for the secretariat and supervisors to pick from (reviewers, a supervisor to assign): names only. */
  @Get('directory')
  @Access(['admin', 'staff', 'supervisor'])
  async directory(@Query(new RequestSchemaPipe(DIRECTORY_QUERY_SCHEMA)) query: { role: Role }): Promise<PersonDto[]> {
    const users = await this.users.list();
    return users
      .filter((user) => user.roles.includes(query.role))
      .map(({ id, username, displayName }) => ({ id, username, displayName }));
  }

  @Post()
  @Access(['admin'])
  create(@Body(new RequestSchemaPipe(CREATE_USER_SCHEMA)) body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(body);
  }

  @Put(':id/roles')
  @Access(['admin'])
  setRoles(@Param('id') id: string, @Body(new RequestSchemaPipe(SET_ROLES_SCHEMA)) body: { roles: Role[] }): Promise<UserDto> {
    return this.users.setRoles(id, body.roles);
  }

  /** Disabling ends the user's sessions at their next request and keeps them from signing in. */
  @Put(':id/disabled')
  @Access(['admin'])
  setDisabled(
    @CurrentUser() admin: SessionUser,
    @Param('id') id: string,
    @Body(new RequestSchemaPipe(SET_DISABLED_SCHEMA)) body: { disabled: boolean },
  ): Promise<UserDto> {
    if (body.disabled && id === admin.id) {
      throw new DomainError(HttpStatus.CONFLICT, 'CANNOT_DISABLE_SELF', 'You cannot disable your own account; ask another administrator');
    }
    return this.users.setDisabled(id, body.disabled);
  }
}
