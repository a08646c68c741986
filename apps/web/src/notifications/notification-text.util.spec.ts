import { describe, expect, it } from '@jest/globals';

import { notificationText } from './notification-text.util';

describe('notificationText', () => {
  it('speaks the person’s language and names the subject', () => {
    expect(notificationText('grant.votes-due', { title: '社区花园' }, 'zh')).toBe('有资助申请待理事会表决：社区花园');
    expect(notificationText('grant.votes-due', {}, 'en')).toBe('A grant awaits the council’s vote');
  });

  it('still shows a notice it has no text for', () => {
    expect(notificationText('new.template', {}, 'zh')).toBe('new.template');
  });
});
