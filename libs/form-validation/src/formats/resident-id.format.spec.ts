import { isResidentId, residentIdCheckChar } from './resident-id.format';

describe('isResidentId (cn-resident-id)', () => {
  it.each([
    ['the GB 11643-1999 example', '11010519491231002X'],
    ['a lower-case x check character', '11010519491231002x'],
    ['a Chengdu number', '510104199003071237'],
    ['a 29 February in a leap year', '510122200002290049'],
    ['the last day of a year', '510104200012315673'],
    ['the earliest accepted year', '650102190001018886'],
    ['a Hong Kong residence permit', '810000199508080016'],
  ])('accepts %s', (_, value) => {
    expect(isResidentId(value)).toBe(true);
  });

  it.each([
    ['a wrong check character', '510104199003071238'],
    ['X where a digit is due', '51010419900307123X'],
    ['two digits swapped', '510104199030071237'],
    ['29 February in a common year', '510122200102290049'],
    ['month 13', '510104199013071237'],
    ['day 00', '510104199003001237'],
    ['31 April', '510104199004311237'],
    ['a birth year before 1900 (the standard’s own 1880 example)', '440524188001010014'],
    ['an unknown province code', '990104199003071237'],
    ['17 characters', '51010419900307123'],
    ['19 characters', '5101041990030712370'],
    ['a 15-digit first-generation number', '510104900307123'],
    ['letters in the body', '5101041990O3071237'],
    ['spaces around it', ' 510104199003071237'],
    ['an empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(isResidentId(value)).toBe(false);
  });

  it('computes the MOD 11-2 check character', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });
});
