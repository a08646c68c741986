import { type Static, Type } from 'typebox';

import { RoleSchema, Timestamp } from './common.schema';

const roles = Type.Array(RoleSchema, { uniqueItems: true, maxItems: 7 });

export const LoginRequestSchema = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);
export type LoginRequest = Static<typeof LoginRequestSchema>;

export const SessionUserSchema = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(RoleSchema),
});
export type SessionUserDto = Static<typeof SessionUserSchema>;

export const LoginResponseSchema = Type.Object({ accessToken: Type.String(), user: SessionUserSchema });
export type LoginResponse = Static<typeof LoginResponseSchema>;

export const CreateUserRequestSchema = Type.Object(
  {
    username: Type.String({ pattern: '^[a-zA-Z0-9_.-]{3,64}$' }),
    password: Type.String({ minLength: 8, maxLength: 256 }),
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 128 })),
    roles,
  },
  { additionalProperties: false },
);
export type CreateUserRequest = Static<typeof CreateUserRequestSchema>;

export const UserSchema = Type.Object({
  ...SessionUserSchema.properties,
  disabled: Type.Boolean({ description: 'Cannot sign in; every session was ended when this was set' }),
  createdAt: Timestamp,
});
export type UserDto = Static<typeof UserSchema>;

/** Someone others may pick by name (a reviewer to assign): no roles, no dates. */
export const PersonSchema = Type.Object({ id: Type.String(), username: Type.String(), displayName: Type.String() });
export type PersonDto = Static<typeof PersonSchema>;

export const DirectoryQuerySchema = Type.Object(
  { role: { ...RoleSchema, description: 'The role the people listed hold' } },
  { additionalProperties: false },
);

export const SetRolesRequestSchema = Type.Object({ roles }, { additionalProperties: false });
export const SetDisabledRequestSchema = Type.Object({ disabled: Type.Boolean() }, { additionalProperties: false });
