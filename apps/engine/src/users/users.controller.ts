import { Body, Controller, Get, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import { type CreateUserRequest, type PersonDto, type Role, type UserDto } from '@yilin/contracts';
import { Type } from 'typebox';
import { CreateUserRequestSchema, DirectoryQuerySchema, PersonSchema, SetDisabledRequestSchema, SetRolesRequestSchema, UserSchema } from '@yilin/contracts/schemas';
import { Operation } from '@engine/common/openapi/operation.decorator';
import { Access } from '@engine/auth/access.decorator';
import { CurrentUser } from '@engine/auth/current-user.decorator';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';

import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Operation({ summary: 'Every user with their roles', response: Type.Array(UserSchema) })
  @Get()
  @Access(['admin'])
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  /** People holding a role, for the secretariat and supervisors to pick from (reviewers, a supervisor to assign): names only. */
  @Operation({
    summary: 'People holding a role, by name only, to pick from (reviewers, a supervisor to assign)',
    query: DirectoryQuerySchema, response: Type.Array(PersonSchema),
  })
  @Get('directory')
  @Access(['admin', 'staff', 'supervisor'])
  async directory(@Query() query: { role: Role }): Promise<PersonDto[]> {
    const users = await this.users.list();
    return users
      .filter((user) => user.roles.includes(query.role))
      .map(({ id, username, displayName }) => ({ id, username, displayName }));
  }

  @Operation({ summary: 'Create a user', body: CreateUserRequestSchema, response: UserSchema })
  @Post()
  @Access(['admin'])
  create(@Body() body: CreateUserRequest): Promise<UserDto> {
    return this.users.create(body);
  }

  @Operation({ summary: "Set a user's roles", body: SetRolesRequestSchema, response: UserSchema })
  @Put(':id/roles')
  @Access(['admin'])
  setRoles(@Param('id') id: string, @Body() body: { roles: Role[] }): Promise<UserDto> {
    return this.users.setRoles(id, body.roles);
  }

  /** Disabling ends the user's sessions at their next request and keeps them from signing in. */
  @Operation({
    summary: 'Disable or enable a user; disabling ends their sessions',
    body: SetDisabledRequestSchema, response: UserSchema,
  })
  @Put(':id/disabled')
  @Access(['admin'])
  setDisabled(
    @CurrentUser() admin: SessionUser,
    @Param('id') id: string,
    @Body() body: { disabled: boolean },
  ): Promise<UserDto> {
    if (body.disabled && id === admin.id) {
      throw new DomainError(HttpStatus.CONFLICT, 'CANNOT_DISABLE_SELF', 'You cannot disable your own account; ask another administrator');
    }
    return this.users.setDisabled(id, body.disabled);
  }
}
