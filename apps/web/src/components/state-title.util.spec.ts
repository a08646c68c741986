import { describe, expect, it } from '@jest/globals';

import { stateTitleOf } from './state-title.util';

const workflow = {
  states: [
    { id: 'a', path: 'screening', title: { zh: '形式审查', en: 'Screening' }, final: false },
    { id: 'b', path: 'granted.delivery', title: { zh: '项目执行', en: 'Delivery' }, final: false },
    { id: 'c', path: 'granted.delivery.disbursement.awaitingTranche', title: { zh: '待拨付', en: 'Tranche to disburse' }, final: false },
    { id: 'd', path: 'granted.delivery.reports.midterm.upcoming', title: { zh: '中期报告待提交', en: 'Mid-term report due' }, final: false },
  ],
};

describe('stateTitleOf', () => {
  it('names one state by its title', () => {
    expect(stateTitleOf(workflow, 'screening')).toEqual({ zh: '形式审查', en: 'Screening' });
  });

  it('names every part of states running side by side', () => {
    expect(stateTitleOf(workflow, 'granted.delivery.disbursement.awaitingTranche,granted.delivery.reports.midterm.upcoming')).toEqual({
      zh: '待拨付 · 中期报告待提交',
      en: 'Tranche to disburse · Mid-term report due',
    });
  });

  it('falls back to the nearest titled parent, once, and to the path when nothing has a title', () => {
    expect(stateTitleOf(workflow, 'granted.delivery.x,granted.delivery.y')).toEqual({ zh: '项目执行', en: 'Delivery' });
    expect(stateTitleOf(workflow, 'unknown.place')).toEqual({ zh: 'unknown.place', en: 'unknown.place' });
    expect(stateTitleOf(undefined, 'screening')).toEqual({ zh: 'screening', en: 'screening' });
  });
});
