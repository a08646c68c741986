import { normaliseAddress, normaliseEnterpriseName } from './enterprise-name.util';

describe('enterprise name normalisation', () => {
  it('trims and drops whitespace, including the full-width space', () => {
    expect(normaliseEnterpriseName('  四川黉门宜邻　居民服务有限公司 ')).toBe('四川黉门宜邻居民服务有限公司');
  });

  it('folds full-width letters, digits and brackets to half-width', () => {
    expect(normaliseEnterpriseName('宜邻（成都）ＡＢＣ１２３有限公司')).toBe('宜邻(成都)abc123有限公司');
    expect(normaliseEnterpriseName('宜邻(成都)abc123有限公司')).toBe('宜邻(成都)abc123有限公司');
  });

  it('folds case', () => {
    expect(normaliseEnterpriseName('YiLin Social Co.')).toBe(normaliseEnterpriseName('yilin social co.'));
  });

  it('keeps different names different', () => {
    expect(normaliseEnterpriseName('黉门宜邻居民服务有限公司')).not.toBe(normaliseEnterpriseName('黉门宜邻社区服务有限公司'));
  });

  it('compares addresses the same way', () => {
    expect(normaliseAddress('成都市武侯区黉门街１２号')).toBe(normaliseAddress('成都市武侯区 黉门街12号'));
  });
});
