import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';

import { isRuntimeError, SYSTEM_ACTOR, WorkflowRuntime } from '@yilin/runtime';
import { ENTERPRISE_REGISTRATION_KEY, registrationFounder } from '@yilin/workflow-enterprise-registration';
import { type ReviewSubject, SUPERVISORY_REVIEW_KEY } from '@yilin/workflow-supervisory-review';
import { DomainError } from '@engine/common/errors/domain.error';
import { StartPreparations } from '@engine/instances/start-preparations';

import { newTrackingCode } from './tracking-code.util';

/**
 * A review a supervisor (or staff) raises by hand gets a tracking code, cannot pose as a risk rule, and
 * has its subject's owner looked up rather than taken from the caller.
 */
@Injectable()
export class ReviewStartService implements OnModuleInit {
  constructor(
    private readonly preparations: StartPreparations,
    private readonly runtime: WorkflowRuntime,
  ) {}

  onModuleInit(): void {
    this.preparations.register(SUPERVISORY_REVIEW_KEY, (data) => this.prepare(data));
  }

  async prepare(data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const subject = data.subject as ReviewSubject | undefined;
    return {
      trackingCode: newTrackingCode(),
      source: data.source === 'public' ? 'public' : 'supervisor',
      ...(subject ? { subject: await this.resolve(subject) } : {}),
    };
  }

  private async resolve(subject: ReviewSubject): Promise<ReviewSubject> {
    try {
      const instance = await this.runtime.get(subject.instanceId, SYSTEM_ACTOR);
      const ownerId =
        instance.workflow === ENTERPRISE_REGISTRATION_KEY
          ? await this.runtime.select(instance.id, SYSTEM_ACTOR, registrationFounder)
          : instance.ownerId;
      return { workflow: instance.workflow, instanceId: instance.id, ...(ownerId ? { ownerId } : {}) };
    } catch (error) {
      if (!isRuntimeError(error) || error.code !== 'INSTANCE_NOT_FOUND') throw error;
      throw new DomainError(HttpStatus.UNPROCESSABLE_ENTITY, 'SUBJECT_NOT_FOUND', `No instance ${subject.instanceId} to review`);
    }
  }
}
