import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EventActor, UserDto } from '@yilin/contracts';
import { InstanceStore, OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';
import { DemoSeedService } from '@engine/demo/demo-seed.service';
import { settleEffects } from '@engine/enterprises/demo-effects.util';

import { FeedbackService } from './feedback.service';
import { ReviewRecordsService } from './review-records.service';

const REVIEW_EFFECTS = ['trackReview', 'publishOutcome'];

/** A public feedback under investigation and one whose outcome is published. */
@Injectable()
export class SupervisionDemoSeeder implements OnModuleInit {
  constructor(
    private readonly demo: DemoSeedService,
    private readonly feedback: FeedbackService,
    private readonly records: ReviewRecordsService,
    private readonly runtime: WorkflowRuntime,
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
  ) {}

  onModuleInit(): void {
    this.demo.register('supervisory reviews', (users) => this.seed(users));
  }

  async seed(users: Map<string, UserDto>): Promise<void> {
    const person = (username: string): EventActor => {
      const user = users.get(username);
      if (!user) throw new Error(`Demo user ${username} is missing`);
      return { id: user.id, username: user.username, roles: user.roles };
    };
    const supervisor = person('supervisor');
    const raise = async (request: Parameters<FeedbackService['submit']>[0]) => {
      const { trackingCode } = await this.feedback.submit(request, undefined);
      const reviewId = await this.records.findReviewId(trackingCode);
      if (!reviewId) throw new Error(`Demo feedback ${trackingCode} was not recorded`);
      return reviewId;
    };
    const send = async (reviewId: string, type: string, actor: EventActor, data: Record<string, unknown> = {}) => {
      await this.runtime.send({ instanceId: reviewId, type, data, actor });
      await settleEffects(this.store, this.outbox, reviewId, REVIEW_EFFECTS);
    };

    const investigated = await raise({
      description: '该公司在小区内以“社会企业”名义推销养老会员卡，收费较高，服务内容与宣传不符。',
      category: 'enterprise',
      enterprise: '成都玉林邻里互助养老服务有限公司',
      contact: { name: '王女士', phone: '13800138000' },
    });
    await send(investigated, 'ACCEPT', supervisor, { note: '涉及社会企业认定宣传，予以受理' });
    await send(investigated, 'ASSIGN', supervisor, { supervisorId: supervisor.id });

    const published = await raise({
      description: '社区食堂近期饭菜价格上涨，但没有公示调价原因。',
      category: 'enterprise',
      enterprise: '成都簇桥社区厨房餐饮管理有限公司',
    });
    const founder = person('founder');
    await send(published, 'ACCEPT', supervisor);
    await send(published, 'ASSIGN', supervisor, { supervisorId: supervisor.id });
    await send(published, 'FINDINGS', supervisor, { outcome: 'issue', riskLevel: 'low', summary: '价格调整未按约定提前公示' });
    await send(published, 'ORDER_RECTIFICATION', supervisor, { requirements: '在食堂显著位置公示菜价及调整依据，并告知社区居委会' });
    await send(published, 'RECTIFY', founder, { response: '已在食堂门口及社区公众号公示菜价与调整依据' });
    await send(published, 'VERIFY', supervisor, { accepted: true, comment: '现场核实公示到位' });
    await send(published, 'PUBLISH', supervisor, {
      publicSummary: '经核查，社区食堂调价未按约定提前公示；已责令整改，现已在食堂及社区公众号公示菜价与调整依据。',
    });
  }
}
