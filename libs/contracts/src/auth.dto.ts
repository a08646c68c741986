import type { Role } from './roles';

export interface LoginRequest {
  username: string;
  password: string;
}

export interface SessionUserDto {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface LoginResponse {
  accessToken: string;
  user: SessionUserDto;
}

export interface CreateUserRequest {
  username: string;
  password: string;
  displayName?: string;
  roles: Role[];
}

export interface UserDto extends SessionUserDto {
  /** Cannot sign in; every session was ended when this was set. */
  disabled: boolean;
  createdAt: string;
}

/** Someone others may pick by name (a reviewer to assign): no roles, no dates. */
export interface PersonDto {
  id: string;
  username: string;
  displayName: string;
}
