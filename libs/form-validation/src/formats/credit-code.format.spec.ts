import { creditCodeCheckChar, isCreditCode, organisationCodeCheckChar } from './credit-code.format';

describe('isCreditCode (cn-credit-code)', () => {
  // Published codes of well-known organisations (business licences, annual reports).
  it.each([
    ['the commonly cited sample', '91350100M000100Y43'],
    ['Huawei Technologies', '914403001922038216'],
    ['Tencent (Shenzhen)', '9144030071526726XG'],
    ['Alibaba (China)', '91330100799655058B'],
    ['China National Petroleum', '91110000802100433B'],
    ['Xiaomi Technology', '91110108551385082Q'],
    ['an enterprise registered in Shanghai', '91310000607206953D'],
  ])('accepts %s', (_, value) => {
    expect(isCreditCode(value)).toBe(true);
  });

  it.each([
    ['a foundation (民政 · 基金会)', '53510100MJ12345615'],
    ['a private non-enterprise unit (民政 · 民办非企业单位)', '52510100MJ12345618'],
    ['a public institution (机构编制 · 事业单位)', '12510000MJ12345617'],
    ['an individual business with X as organisation check', '92510104MJ1234561X'],
    ['the “other” authority Y', 'Y1510100MJ1234561H'],
    ['a sum divisible by 31, whose check character is 0', '5351010000000014X0'],
  ])('accepts a code built to the standard for %s', (_, value) => {
    expect(isCreditCode(value)).toBe(true);
  });

  it.each([
    ['a wrong 18th check character', '91350100M000100Y44'],
    ['a wrong organisation-code check character (18th character recomputed)', '91350100M000100Y56'],
    ['lower case', '91350100m000100y43'],
    ['the forbidden letter I', '91350100I000100Y43'],
    ['the forbidden letter O', '91350100O000100Y43'],
    ['the forbidden letter S', '91350100S000100Y43'],
    ['the forbidden letter V', '91350100V000100Y43'],
    ['the forbidden letter Z', '91350100Z000100Y43'],
    ['a letter in the area code', '9135A100M000100Y43'],
    ['an unknown registration authority', 'B1350100M000100Y43'],
    ['a type code the authority does not have (工商 · 9)', '99350100M000100Y43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y430'],
    ['a 15-digit registration number of the old scheme', '440301103097413'],
    ['an empty string', ''],
  ])('refuses %s', (_, value) => {
    expect(isCreditCode(value)).toBe(false);
  });

  it('computes the GB 11714 check with letters valued by alphabet position', () => {
    // M = 22, Y = 34: 3·22 + 5·1 + 2·34 = 139; 11 − 139 mod 11 = 4.
    expect(organisationCodeCheckChar('M000100Y')).toBe('4');
    expect(organisationCodeCheckChar('19220382')).toBe('1');
  });

  it('maps GB 11714 remainders 10 and 11 to X and 0', () => {
    expect(organisationCodeCheckChar('MJ123456')).toBe('1');
    expect(organisationCodeCheckChar('00000001')).toBe('9');
    expect(organisationCodeCheckChar('00000000')).toBe('0');
    expect(organisationCodeCheckChar('00000004')).toBe('3');
    expect(organisationCodeCheckChar('00000006')).toBe('X');
  });

  it('computes the MOD 31 check character, 31 → 0', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(creditCodeCheckChar('5351010000000014X')).toBe('0');
  });
});
