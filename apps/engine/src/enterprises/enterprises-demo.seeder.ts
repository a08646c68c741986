import { Injectable, type OnModuleInit } from '@nestjs/common';

import type { EventActor, UserDto } from '@yilin/contracts';
import { InstanceStore, OutboxProcessor, WorkflowRuntime } from '@yilin/runtime';
import { ENTERPRISE_REGISTRATION_KEY, type RegistrationAddress } from '@yilin/workflow-enterprise-registration';
import { DemoSeedService } from '@engine/demo/demo-seed.service';

import { settleEffects } from './demo-effects.util';
import { REGISTRATION_EFFECTS } from './registration-effects.service';
import { RegistrationSettingsService } from './registration-settings.service';

interface DemoFiling {
  name: string;
  founder: string;
  founderName: string;
  addresses: RegistrationAddress[];
  scope: string;
  certify?: boolean;
}

const HONGMEN_12 = '成都市武侯区玉林街道黉门街12号';

const REGISTERED: DemoFiling[] = [
  {
    name: '四川黉门宜邻居民服务有限公司',
    founder: 'founder',
    founderName: '陈静',
    addresses: [{ address: HONGMEN_12, kind: 'registered' }],
    scope: '社区居家养老服务、家政服务、社区便民服务',
    certify: true,
  },
  {
    name: '成都玉林邻里互助养老服务有限公司',
    founder: 'applicant2',
    founderName: '刘芳',
    // 一址多照 with the first; 一照多址 with its day-care centre.
    addresses: [
      { address: HONGMEN_12, kind: 'registered' },
      { address: '成都市武侯区玉林北路3号附1号', kind: 'business' },
    ],
    scope: '养老服务、日间照料',
  },
  {
    name: '成都簇桥社区厨房餐饮管理有限公司',
    founder: 'founder',
    founderName: '陈静',
    addresses: [{ address: '成都市武侯区簇桥街道七里村社区5组18号', kind: 'registered' }],
    scope: '社区食堂、老年助餐',
    certify: true,
  },
];

/** Registered and certified enterprises, a filing in correction and one the window filed for a founder. */
@Injectable()
export class EnterprisesDemoSeeder implements OnModuleInit {
  constructor(
    private readonly demo: DemoSeedService,
    private readonly runtime: WorkflowRuntime,
    private readonly store: InstanceStore,
    private readonly outbox: OutboxProcessor,
    private readonly settings: RegistrationSettingsService,
  ) {}

  onModuleInit(): void {
    this.demo.register('enterprise registrations', (users) => this.seed(users));
  }

  async seed(users: Map<string, UserDto>): Promise<void> {
    const person = (username: string): EventActor => {
      const user = users.get(username);
      if (!user) throw new Error(`Demo user ${username} is missing`);
      return { id: user.id, username: user.username, roles: user.roles };
    };
    const config = await this.settings.configForNewFiling();
    const materials = config.requiredMaterials;
    const staff = person('staff');
    const window = person('window');
    const councillors = [person('council1'), person('council2')];

    const file = async (filing: DemoFiling, by: EventActor, handedIn: readonly string[], onBehalfOf?: string) =>
      this.runtime.start({
        workflow: ENTERPRISE_REGISTRATION_KEY,
        actor: by,
        data: {
          enterpriseName: filing.name,
          founder: { name: filing.founderName },
          addresses: filing.addresses,
          businessScope: filing.scope,
          materials: [...handedIn],
        },
        injected: { config, ...(onBehalfOf ? { onBehalfOf: { founderUserId: onBehalfOf } } : {}) },
      });
    const send = async (instanceId: string, type: string, actor: EventActor, data: Record<string, unknown> = {}) => {
      await this.runtime.send({ instanceId, type, data, actor });
      await settleEffects(this.store, this.outbox, instanceId, REGISTRATION_EFFECTS);
    };

    for (const filing of REGISTERED) {
      const { id } = await file(filing, person(filing.founder), materials);
      await send(id, 'COMPLETE', staff);
      await send(id, 'APPROVE', window);
      if (!filing.certify) continue;
      await send(id, 'APPLY_CERTIFICATION', person(filing.founder), {
        socialGoalFirst: true,
        profitReinvestedPercent: 70,
        distributionPercent: 30,
        statement: '以社区居民需求为先，七成利润用于社区服务再投入',
      });
      for (const councillor of councillors) await send(id, 'ASSESS', councillor, { meetsCriteria: true });
      await send(id, 'CERTIFY', councillors[0], { comment: '符合社会企业认定标准' });
    }

    const inCorrection = await file(
      {
        name: '成都宜邻社区书屋文化服务有限公司',
        founder: 'founder',
        founderName: '陈静',
        addresses: [{ address: '成都市武侯区玉林街道芳草街社区21号', kind: 'registered' }],
        scope: '社区阅读推广、文化活动组织',
      },
      person('founder'),
      materials.slice(0, 2),
    );
    await send(inCorrection.id, 'NOTIFY_MISSING', staff, {
      items: materials.slice(2),
      note: '请一次性补齐以上材料后在线提交',
    });

    await file(
      {
        name: '成都武侯宜邻助残服务有限公司',
        founder: 'applicant2',
        founderName: '刘芳',
        addresses: [{ address: '成都市武侯区浆洗街街道洗面桥街8号', kind: 'registered' }],
        scope: '残疾人居家服务、辅具租赁',
      },
      window,
      materials,
      person('applicant2').id,
    );
  }
}
