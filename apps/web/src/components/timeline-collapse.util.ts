import type { AuditEntryDto } from '@yilin/contracts';

/** Events a person does not choose one by one: the draft saving itself while they type. */
const AUTOSAVES = new Set(['UPDATE_DRAFT']);

export interface TimelineRow {
  entry: AuditEntryDto;
  /** How many entries the row stands for: a run of autosaves by one person is one row. */
  times: number;
}

/** The history as a person reads it: each run of autosaves by the same person, staying in one state, becomes
 * one row (its last entry, with the count); every other entry stays as it is. */
export function collapseAutosaves(entries: readonly AuditEntryDto[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  for (const entry of entries) {
    const previous = rows[rows.length - 1];
    const continues =
      previous !== undefined &&
      AUTOSAVES.has(entry.event) &&
      previous.entry.event === entry.event &&
      previous.entry.actor.id === entry.actor.id &&
      previous.entry.toState === entry.toState;
    if (continues) rows[rows.length - 1] = { entry, times: previous.times + 1 };
    else rows.push({ entry, times: 1 });
  }
  return rows;
}
