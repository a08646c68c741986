import type { EventActor } from '@yilin/contracts';

import {
  areQuestions,
  isAssignee,
  isIssueFinding,
  isNoIssueFinding,
  isPublishable,
  isSubjectSide,
  maySuspendSubject,
  personalDataIn,
} from './supervisory-review.guards';

const actor = (id: string, ...roles: EventActor['roles']): EventActor => ({ id, username: id, roles });
const context = {
  contact: { name: '李四', phone: '13800138000', email: 'lisi@example.cn' },
  subject: { workflow: 'grant-approval', instanceId: 'g1', ownerId: 'applicant-42' },
};

describe('supervisory-review guards', () => {
  describe('personal data in texts meant for the public', () => {
    it('finds the filer’s contact, the subject’s owner and anything shaped like personal data', () => {
      expect(personalDataIn('经李四反映，项目经费使用不规范', context)).toEqual(['contact']);
      expect(personalDataIn('owner applicant-42 replied', context)).toEqual(['subject-owner']);
      expect(personalDataIn('请致电 13912345678', { contact: null, subject: null })).toEqual(['mobile']);
      expect(personalDataIn('身份证 51010719900101123X', { contact: null, subject: null })).toEqual(['resident-id']);
      expect(personalDataIn('write to a@b.cn', { contact: null, subject: null })).toEqual(['email']);
    });

    it('passes a redacted summary and refuses a blank one', () => {
      expect(isPublishable('经核查，项目经费使用存在不规范问题，已整改完毕。', context)).toBe(true);
      expect(isPublishable('  ', context)).toBe(false);
      expect(isPublishable('联系 lisi@example.cn', context)).toBe(false);
    });

    it('ignores one-character contact fields that would match everything', () => {
      expect(personalDataIn('某社区项目', { contact: { name: '某' }, subject: null })).toEqual([]);
    });
  });

  it('lets only the assigned supervisor investigate', () => {
    expect(isAssignee({ assignee: 'sup2' }, actor('sup2', 'supervisor'))).toBe(true);
    expect(isAssignee({ assignee: 'sup2' }, actor('sup1', 'supervisor'))).toBe(false);
    expect(isAssignee({ assignee: null }, actor('sup1', 'supervisor'))).toBe(false);
  });

  it('lets the subject’s owner or staff answer', () => {
    expect(isSubjectSide(context, actor('applicant-42', 'applicant'))).toBe(true);
    expect(isSubjectSide(context, actor('someone', 'applicant'))).toBe(false);
    expect(isSubjectSide(context, actor('s1', 'staff'))).toBe(true);
    expect(isSubjectSide({ subject: null }, actor('someone', 'applicant'))).toBe(false);
  });

  it('suspends only a grant, one suspension at a time', () => {
    expect(maySuspendSubject({ subject: context.subject, suspensions: [] })).toBe(true);
    expect(
      maySuspendSubject({
        subject: context.subject,
        suspensions: [{ reason: 'r', by: 'sup2', at: '2026-10-01T00:00:00Z', resumedAt: null }],
      }),
    ).toBe(false);
    expect(
      maySuspendSubject({
        subject: context.subject,
        suspensions: [{ reason: 'r', by: 'sup2', at: '2026-10-01T00:00:00Z', resumedAt: '2026-10-02T00:00:00Z' }],
      }),
    ).toBe(true);
    expect(
      maySuspendSubject({ subject: { workflow: 'enterprise-registration', instanceId: 'e1' }, suspensions: [] }),
    ).toBe(false);
  });

  it('requires a risk level for an issue and a summary for every finding', () => {
    expect(isNoIssueFinding({ outcome: 'no-issue', summary: '未发现问题' })).toBe(true);
    expect(isNoIssueFinding({ outcome: 'no-issue', summary: '' })).toBe(false);
    expect(isIssueFinding({ outcome: 'issue', riskLevel: 'high', summary: '经费挪用' })).toBe(true);
    expect(isIssueFinding({ outcome: 'issue', summary: '经费挪用' })).toBe(false);
    expect(isIssueFinding({ outcome: 'no-issue', riskLevel: 'low', summary: 'x' })).toBe(false);
  });

  it('needs at least one real question', () => {
    expect(areQuestions(['经费去向？'])).toBe(true);
    expect(areQuestions([])).toBe(false);
    expect(areQuestions([''])).toBe(false);
    expect(areQuestions('经费去向？')).toBe(false);
  });
});
