import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EventActor, UserDto } from '@yilin/contracts';
import { InstanceStore, OutboxProcessor, WorkflowRegistry, WorkflowRuntime } from '@yilin/runtime';
import {
  EFFECT_DISBURSE_FUNDS,
  EFFECT_RESERVE_FUNDS,
  grantApprovalDefinition,
} from '@yilin/workflow-grant-approval';
import { DemoSeedService } from '@engine/demo/demo-seed.service';
import { FundLedger } from '@engine/funds/fund-ledger.service';
import { FundsService } from '@engine/funds/funds.service';

import { DEMO_FUNDS, DEMO_PROGRAMMES, type DemoProgrammeKey } from './grants-demo.data';
import { GrantStartPreparer } from './grant-start.preparer';
import { ProgrammesService } from './programmes.service';

const YUAN = 100;

interface DemoGrant {
  applicant: string;
  programme: DemoProgrammeKey;
  title: string;
  organisation: string;
  amount: number;
  summary: string;
}

/**
 * Funds, programmes and grants in different steps, driven through the real runtime by the demo people,
 * so what a visitor sees on first start is what the workflow would have produced.
 */
@Injectable()
export class GrantsDemoSeeder implements OnModuleInit {
  constructor(
    private readonly demo: DemoSeedService,
    private readonly funds: FundsService,
    private readonly ledger: FundLedger,
    private readonly programmes: ProgrammesService,
    private readonly preparer: GrantStartPreparer,
    private readonly runtime: WorkflowRuntime,
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
    private readonly registry: WorkflowRegistry,
  ) {}

  onModuleInit(): void {
    this.demo.register('funds, programmes and grants', (users) => this.seed(users));
  }

  async seed(users: Map<string, UserDto>): Promise<void> {
    const fundIds = new Map<string, string>();
    for (const { donations, ...fund } of DEMO_FUNDS) {
      const created = await this.funds.create(fund);
      fundIds.set(fund.code, created.id);
      for (const donation of donations) await this.ledger.donate(created.id, donation);
    }
    const programmeIds = new Map<DemoProgrammeKey, string>();
    for (const [key, { fund, ...programme }] of Object.entries(DEMO_PROGRAMMES) as Array<[DemoProgrammeKey, (typeof DEMO_PROGRAMMES)[DemoProgrammeKey]]>) {
      const created = await this.programmes.create({ ...programme, fundId: fundIds.get(fund) ?? '' }, 'system');
      programmeIds.set(key, created.id);
    }
    // An engine started with other workflows only (as some tests do) gets the money without the grants.
    if (!this.registry.keys().includes(grantApprovalDefinition.key)) return;

    const actor = (username: string): EventActor => {
      const user = users.get(username);
      if (!user) throw new Error(`Demo user ${username} is missing`);
      return { id: user.id, username: user.username, roles: user.roles };
    };
    const start = async (grant: DemoGrant) => {
      const data = {
        title: grant.title,
        organisation: grant.organisation,
        amount: grant.amount,
        summary: grant.summary,
        programmeId: programmeIds.get(grant.programme) ?? '',
      };
      const injected = await this.preparer.prepare(data);
      const instance = await this.runtime.start({ workflow: grantApprovalDefinition.key, data, injected, actor: actor(grant.applicant) });
      return instance.id;
    };
    const send = (instanceId: string, username: string, type: string, data: Record<string, unknown> = {}) =>
      this.runtime.send({ instanceId, type, data, actor: actor(username) });
    const reviewed = async (id: string, applicant: string, reviewers: string[]) => {
      await send(id, applicant, 'SUBMIT');
      await send(id, 'staff', 'ACCEPT', { reviewerIds: reviewers.map((name) => actor(name).id) });
    };

    // A draft still being written.
    await start({
      applicant: 'applicant2',
      programme: 'microRenewal',
      title: '玉林北路口袋公园座椅更新',
      organisation: '玉林邻里互助会',
      amount: 12_000 * YUAN,
      summary: '为口袋公园更换12张休息座椅，方便老人歇脚。',
    });

    // Submitted, waiting for the secretariat's screening.
    const screening = await start({
      applicant: 'applicant',
      programme: 'microRenewal',
      title: '黉门街楼道照明改造',
      organisation: '黉门街社区居委会',
      amount: 18_000 * YUAN,
      summary: '老旧院落楼道加装感应照明。',
    });
    await send(screening, 'applicant', 'SUBMIT');

    // In expert review: one of two reviewers has scored.
    const review = await start({
      applicant: 'applicant2',
      programme: 'venture',
      title: '邻里互助食堂',
      organisation: '玉林邻里互助会',
      amount: 80_000 * YUAN,
      summary: '为独居老人提供平价午餐，由志愿者运营。',
    });
    await reviewed(review, 'applicant2', ['reviewer', 'reviewer2']);
    await send(review, 'reviewer', 'SCORE', { score: 86, comment: '需求明确，预算合理。' });

    // Before the council: one member has voted.
    const council = await start({
      applicant: 'applicant',
      programme: 'venture',
      title: '社区养老互助网络',
      organisation: '黉门街社区居委会',
      amount: 150_000 * YUAN,
      summary: '培育低龄老人志愿者，结对服务高龄独居老人。',
    });
    await reviewed(council, 'applicant', ['reviewer', 'reviewer2']);
    await send(council, 'reviewer', 'SCORE', { score: 90, comment: '模式可持续。' });
    await send(council, 'reviewer2', 'SCORE', { score: 82, comment: '建议细化志愿者培训。' });
    await send(council, 'council1', 'VOTE', { choice: 'approve', comment: '支持。' });

    // Approved on the fast track, money reserved, agreement confirmed, first tranche paid.
    const granted = await start({
      applicant: 'applicant',
      programme: 'microRenewal',
      title: '黉门街社区花园微更新',
      organisation: '黉门街社区居委会',
      amount: 15_000 * YUAN,
      summary: '将闲置角落改造为居民共建的社区花园。',
    });
    await reviewed(granted, 'applicant', ['reviewer']);
    await send(granted, 'reviewer', 'SCORE', { score: 88, comment: '居民参与度高。' });
    await send(granted, 'director', 'APPROVE', { comment: '同意，按快速通道办理。' });
    await this.deliverNow(granted, EFFECT_RESERVE_FUNDS);
    await send(granted, 'applicant', 'CONFIRM_AGREEMENT');
    await send(granted, 'staff', 'DISBURSE_TRANCHE', { tranche: 1 });
    await this.deliverNow(granted, EFFECT_DISBURSE_FUNDS);
  }

  /**
   * Delivers an instance's pending effect now rather than waiting for the queue, whose workers may not
   * have started yet; a second delivery by the queue is harmless, the handlers being idempotent.
   */
  private async deliverNow(instanceId: string, type: string): Promise<void> {
    const pending = await this.store.listOutbox({ status: 'pending', limit: 1000 });
    for (const message of pending.filter((m) => m.instanceId === instanceId && m.type === type)) {
      await this.outbox.process(message.id, false);
    }
  }
}
