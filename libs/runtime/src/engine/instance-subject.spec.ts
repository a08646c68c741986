import { subjectOf } from './instance-view';

describe('subjectOf', () => {
  it('names a grant by its project title and a registration by its enterprise name', () => {
    expect(subjectOf({ context: { application: { title: '玉林片区邻里食堂', amount: 100 } } })).toBe('玉林片区邻里食堂');
    expect(subjectOf({ context: { filing: { enterpriseName: '宜邻社区厨房有限公司' } } })).toBe('宜邻社区厨房有限公司');
  });

  it('has nothing to say for an instance without a naming field', () => {
    expect(subjectOf({ context: { trackingCode: 'ABC' } })).toBeUndefined();
    expect(subjectOf(null)).toBeUndefined();
    expect(subjectOf({ context: { application: { title: '   ' } } })).toBeUndefined();
  });
});
