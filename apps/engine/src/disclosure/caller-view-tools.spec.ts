import type { InstanceRecord, WorkflowRegistry } from '@yilin/runtime';
import type { DatabaseTransactions } from '@engine/database/database-transactions';

import { CallerViewTools } from './caller-view-tools';
import type { StepForms } from './step-forms';

const OWNER = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const STAFF = '01JBBBBBBBBBBBBBBBBBBBBBBB';
const NOBODY = '01JCCCCCCCCCCCCCCCCCCCCCCC';

function toolsOverUsers(users: Array<{ id: string; displayName: string }>) {
  const find = jest.fn(async (_entity: unknown, options: { where: { id: { value: string[] } } }) =>
    users.filter((user) => options.where.id.value.includes(user.id)),
  );
  const db = { exclusive: (work: () => unknown) => work(), dataSource: { manager: { find } } } as unknown as DatabaseTransactions;
  const registry = { find: () => null } as unknown as WorkflowRegistry;
  return { tools: new CallerViewTools(registry, {} as StepForms, db), find };
}

const instance = (ownerId: string) => ({ id: `i-${ownerId}`, ownerId, workflow: 'ticket', version: 1, snapshot: {} }) as unknown as InstanceRecord;
const staff = { id: STAFF, username: 'staff', roles: ['staff' as const] };

describe('the people a view names', () => {
  it('reads a display name once and names the person from memory after, asking only for people not yet known', async () => {
    const { tools, find } = toolsOverUsers([
      { id: OWNER, displayName: '王小明' },
      { id: STAFF, displayName: '李秘书' },
    ]);
    const first = (await tools.load({ instances: [instance(OWNER)], actor: staff }))(instance(OWNER));
    expect(first.person(OWNER, 'applicant')).toEqual({ role: 'applicant', name: '王小明' });

    const again = (await tools.load({ instances: [instance(OWNER), instance(NOBODY)], actor: staff }))(instance(OWNER));
    expect(again.person(OWNER, 'applicant')).toEqual({ role: 'applicant', name: '王小明' });
    expect(again.person(STAFF, 'staff')).toEqual({ role: 'staff', name: '李秘书', self: true });
    expect(again.person(NOBODY, 'applicant')).toEqual({ role: 'applicant', name: null });
    expect(find.mock.calls.map(([, options]) => options.where.id.value)).toEqual([[STAFF, OWNER], [NOBODY]]);
  });

  it('remembers ids that name nobody (a programme, a fund), so no view asks for them again', async () => {
    const { tools, find } = toolsOverUsers([{ id: STAFF, displayName: '李秘书' }]);
    await tools.load({ instances: [instance(NOBODY)], actor: staff });
    const again = (await tools.load({ instances: [instance(NOBODY)], actor: staff }))(instance(NOBODY));
    expect(again.person(NOBODY, 'applicant')).toEqual({ role: 'applicant', name: null });
    expect(find).toHaveBeenCalledTimes(1);
  });
});
