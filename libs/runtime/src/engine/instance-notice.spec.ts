import { createActor, createMachine } from 'xstate';

import type { EventActor, NoticeSource, ViewTools, WorkflowView } from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import type { InstanceRecord } from '../ports/records';
import { toNoticeData } from './instance-view';

interface Context {
  reviewerId: string;
}

const machine = createMachine({ id: 'notice', context: { reviewerId: 'reviewer-1' } as Context, initial: 'open', states: { open: {} } });

// The step's form: `comment` private, `score` public, `name` masked; insiders read all of it.
const tools: ViewTools = {
  disclose: (_step, data, insider) => {
    if (insider) return { form: null, values: { ...data } };
    const values: Record<string, unknown> = {};
    if ('score' in data) values.score = data.score;
    if (typeof data.name === 'string') values.name = `${data.name[0]}*`;
    return { form: null, values };
  },
  person: (_id, role) => ({ role, name: null }),
};

const view: WorkflowView<Context> = {
  instance: () => ({}),
  // Staff are insiders of a score; the subject of the notice may not read scores at all.
  submission: (_step, _by, _context, caller) =>
    caller.roles.includes('staff') ? 'insider' : caller.roles.includes('council') ? null : 'outsider',
  noticeSources: (template): Record<string, NoticeSource> =>
    template === 'scored'
      ? { comment: { step: 'SCORE', field: 'comment' }, score: { step: 'SCORE', field: 'score' }, name: { step: 'SCORE', field: 'name' } }
      : {},
};

const definition = { key: 'notice', machine, view } as unknown as RuntimeDefinition;
const instance: InstanceRecord = {
  id: 'i1',
  workflow: 'notice',
  version: 1,
  state: 'open',
  snapshot: createActor(machine).getPersistedSnapshot(),
  status: 'active',
  revision: 1,
  ownerId: 'owner',
  participants: [],
  formPins: {},
  createdAt: new Date(0),
  updatedAt: new Date(0),
};
const reader = (...roles: EventActor['roles']): EventActor => ({ id: 'u', username: 'u', roles });
const data = { grantId: 'i1', comment: '预算偏高', score: 81, name: '周涛' };

describe('toNoticeData', () => {
  it('lets the step form decide each typed value: kept for insiders, cut or masked for others', () => {
    expect(toNoticeData(definition, instance, 'scored', data, reader('staff'), tools)).toEqual(data);
    expect(toNoticeData(definition, instance, 'scored', data, reader('applicant'), tools)).toEqual({ grantId: 'i1', score: 81, name: '周*' });
  });

  it('drops every typed value of a step the recipient may not read at all, keeping the engine facts', () => {
    expect(toNoticeData(definition, instance, 'scored', data, reader('council'), tools)).toEqual({ grantId: 'i1' });
  });

  it('passes what no step typed', () => {
    expect(toNoticeData(definition, instance, 'other', data, reader('council'), tools)).toEqual(data);
  });
});
