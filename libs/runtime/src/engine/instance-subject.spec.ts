import type { EventActor, Role } from '@yilin/contracts';

import type { RuntimeDefinition } from '../definitions/runtime-definition';
import type { InstanceRecord } from '../ports/records';
import { subjectOf, toInstanceSummary } from './instance-view';

describe('subjectOf', () => {
  it('names a grant by its project title and a registration by its enterprise name', () => {
    expect(subjectOf({ context: { application: { title: '玉林片区邻里食堂', amount: 100 } } })).toBe(
      '玉林片区邻里食堂',
    );
    expect(subjectOf({ context: { filing: { enterpriseName: '宜邻社区厨房有限公司' } } })).toBe('宜邻社区厨房有限公司');
  });

  it('has nothing to say for an instance without a naming field', () => {
    expect(subjectOf({ context: { trackingCode: 'ABC' } })).toBeUndefined();
    expect(subjectOf(null)).toBeUndefined();
    expect(subjectOf({ context: { application: { title: '   ' } } })).toBeUndefined();
  });
});

describe('toInstanceSummary', () => {
  const definition = {
    key: 'grant-approval',
    visibleTo: ['staff', 'director', 'council'],
  } as unknown as RuntimeDefinition;
  const person = (id: string, role: Role): EventActor => ({ id, username: id, roles: [role] });
  const instance = (state: string): InstanceRecord => ({
    id: 'i1',
    workflow: 'grant-approval',
    version: 1,
    state,
    stateEnteredAt: new Date(0),
    snapshot: { context: { application: { title: '玉林片区邻里食堂' } } },
    status: 'active',
    revision: 1,
    ownerId: 'owner',
    participants: [],
    formPins: {},
    createdAt: new Date(0),
    updatedAt: new Date(0),
  });

  it('names a draft only to its owner and the secretariat', () => {
    const subjectFor = (actor: EventActor) => toInstanceSummary(definition, instance('draft'), actor).subject;
    expect(subjectFor(person('owner', 'applicant'))).toBe('玉林片区邻里食堂');
    expect(subjectFor(person('s', 'staff'))).toBe('玉林片区邻里食堂');
    expect(subjectFor(person('c', 'council'))).toBeUndefined();
    expect(subjectFor(person('d', 'director'))).toBeUndefined();
  });

  it('names a submitted application to everyone who sees it', () => {
    expect(toInstanceSummary(definition, instance('screening'), person('c', 'council')).subject).toBe(
      '玉林片区邻里食堂',
    );
  });
});
