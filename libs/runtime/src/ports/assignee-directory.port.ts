import type { Role } from '@yilin/contracts';

/** What the runtime needs to know about a person named as an assignee. */
export interface AssigneeCandidate {
  id: string;
  username: string;
  roles: readonly Role[];
  /** A disabled account can be assigned nothing. */
  disabled?: boolean;
}

/**
 * Looks people up by id, for events that assign them (reviewers, an investigating supervisor). Called
 * before the event's transaction opens; ids not found are simply absent from the answer.
 */
export interface AssigneeDirectory {
  find(ids: readonly string[]): Promise<ReadonlyMap<string, AssigneeCandidate>>;
}
