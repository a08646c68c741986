import { stateMatches, stateValueToPaths, stateValueToString } from './state-path.util';

describe('state paths', () => {
  it('turns nested and parallel state values into dotted leaf paths', () => {
    expect(stateValueToPaths('draft')).toEqual(['draft']);
    expect(stateValueToString({ decision: 'council' })).toBe('decision.council');
    expect(stateValueToString({ checks: { name: 'pending', address: 'done' } })).toBe(
      'checks.address.done,checks.name.pending',
    );
  });

  it('matches a state and every state nested in it, not its namesakes', () => {
    expect(stateMatches('decision.council', 'decision')).toBe(true);
    expect(stateMatches('decision.council', 'decision.council')).toBe(true);
    expect(stateMatches('decisions', 'decision')).toBe(false);
  });
});
