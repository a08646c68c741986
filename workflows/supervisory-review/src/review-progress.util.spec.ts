import { publicProgress } from './review-progress.util';
import type { ReviewContext } from './supervisory-review.types';

const context: ReviewContext = {
  reviewId: 'r1',
  trackingCode: 'JD-7Q2K-9XRM',
  source: 'public',
  participants: ['applicant-42'],
  description: '我是李四，电话13800138000，反映某项目经费问题',
  category: 'funds',
  contact: { name: '李四', phone: '13800138000' },
  rule: null,
  subject: { workflow: 'grant-approval', instanceId: 'g1', ownerId: 'applicant-42' },
  details: { note: 'private' },
  raisedBy: null,
  raisedAt: '2026-10-08T01:00:00.000Z',
  triage: { decision: 'accepted', by: 'sup1', at: '2026-10-08T02:00:00.000Z' },
  assignee: 'sup2',
  infoRequests: [{ questions: ['经费去向？'], by: 'sup2', at: '2026-10-09T01:00:00.000Z', answer: null }],
  suspensions: [{ reason: '待查', by: 'sup2', at: '2026-10-09T01:00:00.000Z', resumedAt: null }],
  findings: { outcome: 'issue', riskLevel: 'medium', summary: '内部结论', by: 'sup2', at: '2026-10-10T01:00:00.000Z' },
  rectification: { orders: [], responses: [], verifications: [] },
  concludedAt: null,
  disclosure: { summary: '已整改', riskLevel: 'medium', outcome: 'issue', publishedAt: '2026-10-20T01:00:00.000Z' },
  progress: [
    { state: 'triage', at: '2026-10-08T01:00:00.000Z', note: { zh: '已收到', en: 'Received' } },
    { state: 'closed', at: '2026-10-20T01:00:00.000Z', note: { zh: '已公开', en: 'Published' }, detail: '已整改' },
  ],
};

describe('publicProgress', () => {
  it('shows the phases, notes and the published outcome', () => {
    expect(publicProgress(context)).toEqual({
      trackingCode: 'JD-7Q2K-9XRM',
      source: 'public',
      category: 'funds',
      entries: context.progress,
      disclosure: context.disclosure,
    });
  });

  it('leaves out the filer, the description, the subject and the people working on it', () => {
    const shown = JSON.stringify(publicProgress(context));
    for (const hidden of ['李四', '13800138000', 'applicant-42', 'g1', 'sup1', 'sup2', 'private', '内部结论', '经费去向']) {
      expect(shown).not.toContain(hidden);
    }
  });

  it('drops fields a progress entry should not carry even if something put them there', () => {
    const polluted = {
      ...context,
      progress: [{ ...context.progress[0], by: 'sup1' } as ReviewContext['progress'][number]],
    };
    expect(publicProgress(polluted).entries[0]).not.toHaveProperty('by');
  });
});
