import { submissionTooLarge } from './submission-limits';

describe('submissionTooLarge', () => {
  it('counts properties and list entries at every depth', () => {
    const data = { a: 1, list: [{ b: 2 }, { c: [3, 4] }] };
    // a, list, list[0], list[1], b, c, 3, 4
    expect(submissionTooLarge(data, 'en', 8)).toBeUndefined();
    expect(submissionTooLarge(data, 'en', 7)).toEqual({
      path: '',
      keyword: 'maxValues',
      message: 'The submission holds more than 5000 values (fields and list entries together)',
    });
    expect(submissionTooLarge(data, 'zh-CN', 7)?.message).toMatch(/^提交的内容超过/);
  });

  it('lets primitives and empty containers through', () => {
    expect(submissionTooLarge('x', 'en')).toBeUndefined();
    expect(submissionTooLarge(null, 'en')).toBeUndefined();
    expect(submissionTooLarge({}, 'en')).toBeUndefined();
  });
});
