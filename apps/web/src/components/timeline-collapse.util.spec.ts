import { describe, expect, it } from '@jest/globals';

import type { AuditEntryDto } from '@yilin/contracts';

import { collapseAutosaves } from './timeline-collapse.util';

const entry = (revision: number, event: string, actor = 'a', toState = 'draft'): AuditEntryDto => ({
  revision,
  event,
  data: {},
  form: null,
  actor: { role: 'applicant', name: actor },
  fromState: revision === 1 ? null : 'draft',
  toState,
  at: `2026-11-30T00:00:0${revision}Z`,
});

describe('collapseAutosaves', () => {
  it('makes a run of autosaves by one person one row, keeping the last and the count', () => {
    const rows = collapseAutosaves([entry(1, 'xstate.init'), entry(2, 'UPDATE_DRAFT'), entry(3, 'UPDATE_DRAFT'), entry(4, 'UPDATE_DRAFT'), entry(5, 'SUBMIT', 'a', 'screening')]);
    expect(rows.map((row) => [row.entry.revision, row.times])).toEqual([[1, 1], [4, 3], [5, 1]]);
  });

  it('keeps autosaves apart when another person or step comes between', () => {
    const rows = collapseAutosaves([entry(1, 'UPDATE_DRAFT'), entry(2, 'UPDATE_DRAFT', 'b'), entry(3, 'COMMENT'), entry(4, 'UPDATE_DRAFT', 'b')]);
    expect(rows.map((row) => row.times)).toEqual([1, 1, 1, 1]);
  });
});
