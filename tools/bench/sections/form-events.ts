import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { WorkflowRuntime } from '@yilin/runtime';
import { StartPreparations } from '@engine/instances/start-preparations';
import { FundsService } from '@engine/funds/funds.service';
import { ProgrammesService } from '@engine/programmes/programmes.service';

import { runLoad } from '../measure.util';

const AMOUNT = 5_000_00;

/**
 * `workers` applicants side by side, each editing the draft of a grant application again and again: every
 * edit is checked against the application form bound to its step (the version pinned on the instance) and
 * answered as the applicant's own view, with the disclosure of every step's form. What the ticket
 * workflow of the other sections has none of.
 */
export async function formEventLoad(app: NestFastifyApplication, workers: number, durationMs: number) {
  const runtime = app.get(WorkflowRuntime);
  const preparations = app.get(StartPreparations);
  const fund = await app
    .get(FundsService)
    .create({ code: 'bench', kind: 'micro', name: { zh: '测试基金', en: 'Bench fund' } });
  const programme = await app.get(ProgrammesService).create(
    {
      fundId: fund.id,
      formKey: 'grant-application',
      title: { zh: '性能测试', en: 'Bench' },
      maxAmount: AMOUNT,
      smallAmountLimit: AMOUNT,
      trancheSplit: [100],
      reportDueDays: { midterm: 90, final: 180 },
      reminderDaysBeforeDue: 7,
      overdueEscalationDays: 14,
      directorSlaHours: 72,
      reviewersRequired: 1,
      open: true,
    },
    'bench-admin',
  );
  const drafts = await Promise.all(
    Array.from({ length: workers }, async (_, i) => {
      const applicant = { id: `bench-applicant-${i}`, username: `bench-applicant-${i}`, roles: ['applicant' as const] };
      const data = { title: `社区花园 ${i}`, organisation: `社区 ${i}`, amount: AMOUNT, programmeId: programme.id };
      const injected = await preparations.prepare('grant-approval', data, applicant);
      const { id } = await runtime.start({ workflow: 'grant-approval', data, injected, actor: applicant });
      return { id, applicant };
    }),
  );
  let edits = 0;
  return runLoad(workers, durationMs, (worker) => {
    edits += 1;
    const { id, applicant } = drafts[worker];
    return runtime.send({
      instanceId: id,
      type: 'UPDATE_DRAFT',
      data: { summary: `第 ${edits} 次修改：增加两处花坛。` },
      actor: applicant,
    });
  });
}
