import { maskValue } from './mask-value';

describe('maskValue', () => {
  it.each([
    ['510104199003071237', 'cn-resident-id', '510*************37'],
    ['13812345678', 'cn-mobile', '138****5678'],
    ['91350100M000100Y43', 'cn-credit-code', '913*************43'],
    ['zhang.san@example.cn', 'email', 'z***@example.cn'],
    ['张三', undefined, '张*'],
    ['张三丰', undefined, '张**'],
    ['欧阳娜娜', undefined, '欧***'],
    ['张', undefined, '*'],
    ['', undefined, ''],
    ['𠀋一', undefined, '𠀋*'],
    ['12345', 'cn-mobile', '1****'],
  ])('masks %s (%s) as %s', (value, format, masked) => {
    expect(maskValue(value, format)).toBe(masked);
  });
});
