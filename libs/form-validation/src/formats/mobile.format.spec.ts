import { isCnMobile } from './mobile.format';

describe('isCnMobile (cn-mobile)', () => {
  it.each(['13800138000', '15912345678', '17612345678', '19912345678', '14512345678'])('accepts %s', (value) => {
    expect(isCnMobile(value)).toBe(true);
  });

  it.each([
    ['a 12 prefix', '12812345678'],
    ['a 10 prefix', '10086123456'],
    ['10 digits', '1381234567'],
    ['12 digits', '138123456789'],
    ['a +86 prefix (stored without it)', '+8613812345678'],
    ['spaces', '138 1234 5678'],
    ['dashes', '138-1234-5678'],
    ['a landline', '02887654321'],
    ['full-width digits', '１３８１２３４５６７８'],
    ['an empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(isCnMobile(value)).toBe(false);
  });
});
