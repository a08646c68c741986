import type { CreateFundRequest } from '@yilin/contracts';

import type { ProgrammeRequest } from './programmes.dto';

const YUAN = 100;

export const DEMO_SPECIAL_FUND = 'wuhou-special';

/** The foundation's one special fund and eight micro-funds, each with the donations it started with (fen). */
export const DEMO_FUNDS: Array<CreateFundRequest & { donations: Array<{ amount: number; note: string }> }> = [
  {
    code: DEMO_SPECIAL_FUND,
    kind: 'special',
    name: { zh: '武侯社区发展基金会专项基金', en: 'Wuhou Community Development Foundation Special Fund' },
    donations: [
      { amount: 1_500_000 * YUAN, note: '区级财政引导资金 district seed funding' },
      { amount: 500_000 * YUAN, note: '驻区企业联合捐赠 joint donation by local enterprises' },
    ],
  },
  ...(
    [
      ['yulin', '玉林社区微基金', 'Yulin Community Micro-fund', 120_000],
      ['hongmen', '黉门街社区微基金', 'Hongmen Street Micro-fund', 80_000],
      ['jinyang', '晋阳社区微基金', 'Jinyang Community Micro-fund', 60_000],
      ['cujin', '簇锦社区微基金', 'Cujin Community Micro-fund', 50_000],
      ['huaxing', '华兴社区微基金', 'Huaxing Community Micro-fund', 45_000],
      ['huochenanzhan', '火车南站社区微基金', 'South Railway Station Micro-fund', 70_000],
      ['wangjianglu', '望江路社区微基金', 'Wangjiang Road Micro-fund', 90_000],
      ['hongpailou', '红牌楼社区微基金', 'Hongpailou Community Micro-fund', 40_000],
    ] as const
  ).map(([code, zh, en, yuan]) => ({
    code: `micro-${code}`,
    kind: 'micro' as const,
    name: { zh, en },
    donations: [
      { amount: Math.round(yuan * 0.7) * YUAN, note: '居民与商户众筹 residents and shops' },
      { amount: Math.round(yuan * 0.3) * YUAN, note: '社区两委配捐 matched by the community committees' },
    ],
  })),
];

export type DemoProgrammeKey = 'microRenewal' | 'venture' | 'neighbourly';

/** Programmes by key; `fund` is a fund code, resolved to its id when seeding. */
export const DEMO_PROGRAMMES: Record<DemoProgrammeKey, Omit<ProgrammeRequest, 'fundId'> & { fund: string }> = {
  microRenewal: {
    fund: DEMO_SPECIAL_FUND,
    formKey: 'grant-application',
    title: { zh: '社区微更新', en: 'Community micro-renewal' },
    maxAmount: 50_000 * YUAN,
    smallAmountLimit: 20_000 * YUAN,
    trancheSplit: [60, 40],
    reportDueDays: { midterm: 90, final: 180 },
    reminderDaysBeforeDue: 7,
    overdueEscalationDays: 14,
    directorSlaHours: 72,
    reviewersRequired: 1,
    reviewAboveAmount: null,
    open: true,
  },
  venture: {
    fund: DEMO_SPECIAL_FUND,
    formKey: 'grant-application',
    title: { zh: '公益创投', en: 'Public-welfare venture grants' },
    maxAmount: 300_000 * YUAN,
    smallAmountLimit: 50_000 * YUAN,
    trancheSplit: [60, 40],
    reportDueDays: { midterm: 180, final: 365 },
    reminderDaysBeforeDue: 14,
    overdueEscalationDays: 30,
    directorSlaHours: 120,
    reviewersRequired: 2,
    reviewAboveAmount: 200_000 * YUAN,
    open: true,
  },
  neighbourly: {
    fund: 'micro-yulin',
    formKey: 'grant-application',
    title: { zh: '玉林邻里互助小额资助', en: 'Yulin neighbourly small grants' },
    maxAmount: 10_000 * YUAN,
    smallAmountLimit: 10_000 * YUAN,
    trancheSplit: [100],
    reportDueDays: { midterm: 30, final: 90 },
    reminderDaysBeforeDue: 5,
    overdueEscalationDays: 10,
    directorSlaHours: 48,
    reviewersRequired: 1,
    reviewAboveAmount: null,
    open: true,
  },
};
