import { Injectable } from '@nestjs/common';

import type { AssigneeCandidate, AssigneeDirectory } from '@yilin/runtime';

import { UsersService } from './users.service';

/** The runtime's view of Yilin's users, for events that assign people. */
@Injectable()
export class UserDirectory implements AssigneeDirectory {
  constructor(private readonly users: UsersService) {}

  async find(ids: readonly string[]): Promise<ReadonlyMap<string, AssigneeCandidate>> {
    const users = await this.users.findByIds(ids);
    return new Map(users.map((user) => [user.id, { id: user.id, username: user.username, roles: user.roles }]));
  }
}
