import type { AuditEntryDto, PersonView } from '@yilin/contracts';

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
      samePerson(previous.entry.actor, entry.actor) &&
      previous.entry.toState === entry.toState;
    if (continues) rows[rows.length - 1] = { entry, times: previous.times + 1 };
    else rows.push({ entry, times: 1 });
  }
  return rows;
}

// People arrive as the caller may know them, without ids: the same role, name and self-mark is the same person.
const samePerson = (a: PersonView | null, b: PersonView | null): boolean =>
  a?.role === b?.role && a?.name === b?.name && a?.self === b?.self;
