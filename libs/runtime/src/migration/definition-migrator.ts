import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';

import type { MigrationReportDto, WorkflowEvent } from '@yilin/contracts';

import type { WorkflowRegistry } from '../definitions/workflow-registry';
import { RuntimeError } from '../errors/runtime.error';
import { type Clock, systemClock } from '../ports/clock.port';
import type { InstanceStore } from '../ports/instance-store.port';
import type { AuditRecord, InstanceRecord } from '../ports/records';
import { ulid } from '../util/ulid.util';
import { eventStep, startStep } from '../engine/machine-step';
import { taskAudiencesOf } from '../engine/task-audiences';

export const MIGRATED_EVENT = 'xstate.migrated';

type Replay = { fits: true; step: ReturnType<typeof startStep> } | { fits: false; reason: string };

/**
 * Moves running instances to a newer definition version. Each instance's audited events are replayed
 * against the new machine; it fits only if every event is accepted and it ends in the same state.
 */
export class DefinitionMigrator {
  constructor(
    private readonly registry: WorkflowRegistry,
    private readonly store: InstanceStore,
    private readonly clock: Clock = systemClock,
  ) {}

  async run(
    workflow: string,
    fromVersion: number,
    toVersion: number,
    dryRun: boolean,
  ): Promise<MigrationReportDto> {
    if (toVersion <= fromVersion) {
      throw new RuntimeError('MIGRATION_INVALID', 'Instances can only move to a newer version');
    }
    this.registry.get(workflow, fromVersion);
    const target = this.registry.get(workflow, toVersion);
    const report: MigrationReportDto = {
      workflow,
      fromVersion,
      toVersion,
      dryRun,
      checked: 0,
      fitting: [],
      notFitting: [],
      migrated: 0,
    };
    for (const id of await this.store.listInstanceIds(workflow, fromVersion)) {
      const outcome = await this.store.transaction(async (tx) => {
        const instance = await tx.lockInstance(id);
        if (!instance || instance.version !== fromVersion || instance.status === 'done') return null;
        const replay = replayAgainst(target.machine, instance, await tx.listAudit(id));
        if (replay.fits && !dryRun) {
          const now = this.clock.now();
          const migrated: InstanceRecord = {
            ...instance,
            version: toVersion,
            snapshot: replay.step.persisted,
            status: replay.step.status,
            participants: replay.step.participants,
            revision: instance.revision + 1,
            updatedAt: now,
          };
          migrated.taskAudiences = taskAudiencesOf(target, migrated, replay.step.snapshot);
          if (!(await tx.updateInstance(migrated, instance.revision))) {
            return { id, fits: false as const, reason: 'changed while migrating' };
          }
          await tx.appendAudit({
            id: ulid(now.getTime()),
            instanceId: id,
            revision: migrated.revision,
            event: MIGRATED_EVENT,
            data: { fromVersion, toVersion },
            actor: { id: 'system', username: 'system', roles: [], system: true },
            fromState: instance.state,
            toState: migrated.state,
            at: now,
          });
        }
        return { id, ...replay };
      });
      if (!outcome) continue;
      report.checked += 1;
      if (outcome.fits) {
        report.fitting.push(id);
        if (!dryRun) report.migrated += 1;
      } else {
        report.notFitting.push({ instanceId: id, reason: outcome.reason });
      }
    }
    return report;
  }
}

function replayAgainst(machine: AnyStateMachine, instance: InstanceRecord, audit: AuditRecord[]): Replay {
  const [start, ...events] = audit;
  if (!start || start.fromState !== null) return { fits: false, reason: 'its history has no start entry' };
  let step: ReturnType<typeof startStep>;
  try {
    step = startStep(machine, { instanceId: instance.id, data: start.data, actor: start.actor, at: start.at.toISOString() });
  } catch (error) {
    return { fits: false, reason: `the new version cannot start from its data: ${messageOf(error)}` };
  }
  for (const entry of events) {
    if (entry.event === MIGRATED_EVENT) continue;
    const event: WorkflowEvent = { type: entry.event, data: entry.data, actor: entry.actor, at: entry.at.toISOString() };
    let next: ReturnType<typeof eventStep>;
    try {
      next = eventStep(machine, step.snapshot as AnyMachineSnapshot, event);
    } catch (error) {
      return { fits: false, reason: `revision ${entry.revision} "${entry.event}" fails: ${messageOf(error)}` };
    }
    if (!next) {
      return {
        fits: false,
        reason: `revision ${entry.revision}: "${entry.event}" is not accepted in "${step.state}" by the new version`,
      };
    }
    step = next;
  }
  if (step.state !== instance.state) {
    return { fits: false, reason: `it would be in "${step.state}" instead of "${instance.state}"` };
  }
  return { fits: true, step };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
