/** Who is handling a task; a claim lapses once the instance leaves the state it was claimed in. */
export interface ClaimDto {
  instanceId: string;
  userId: string;
  username: string;
  displayName: string;
  claimedAt: string;
}

/** A timer whose due time has passed without it firing. */
export interface OverdueTimerDto {
  timerId: string;
  name: string;
  dueAt: string;
  instanceId: string;
  workflow: string;
  state: string;
}

/** An active instance nobody has moved for a while. */
export interface StuckInstanceDto {
  instanceId: string;
  workflow: string;
  state: string;
  updatedAt: string;
  idleDays: number;
}

export interface AttentionDto {
  stuckDays: number;
  overdueTimers: OverdueTimerDto[];
  stuckInstances: StuckInstanceDto[];
}

/** How long instances stay in a state once they enter it, over the most recent instances of a workflow. */
export interface TimeInStateDto {
  state: string;
  visits: number;
  averageMs: number;
  longestMs: number;
}
