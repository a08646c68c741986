import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';

import { isRuntimeError, type OutboxRecord, OutboxProcessor, SYSTEM_ACTOR, WorkflowRuntime } from '@yilin/runtime';
import {
  type CheckAddressesParams,
  type CheckNameParams,
  type IssueLicenceParams,
  type ReferToIncubationParams,
  registrationFounder,
} from '@yilin/workflow-enterprise-registration';

import { EnterpriseRegistryService } from './enterprise-registry.service';

/** Effect types the registration machine asks the engine to perform. */
export const REGISTRATION_EFFECTS = ['checkName', 'checkAddresses', 'issueLicence', 'referToIncubation'] as const;

/**
 * Answers the registration machine's checks against the enterprise register. Every answer goes back as
 * a system event keyed by the outbox id, so a redelivered message changes the filing once.
 */
@Injectable()
export class RegistrationEffectsService implements OnModuleInit {
  private readonly logger = new Logger('RegistrationEffects');

  constructor(
    private readonly outbox: OutboxProcessor,
    private readonly runtime: WorkflowRuntime,
    private readonly registry: EnterpriseRegistryService,
  ) {}

  onModuleInit(): void {
    this.outbox
      .register<CheckNameParams>('checkName', (message, params) => this.checkName(message, params))
      .register<CheckAddressesParams>('checkAddresses', (message, params) => this.checkAddresses(message, params))
      .register<IssueLicenceParams>('issueLicence', (message, params) => this.issueLicence(message, params))
      .register<ReferToIncubationParams>('referToIncubation', (message, params) => this.referToIncubation(message, params));
  }

  private async checkName(message: OutboxRecord, { instanceId, name }: CheckNameParams): Promise<void> {
    const check = await this.registry.checkName(instanceId, name);
    await this.answer(message, instanceId, check.cleared ? 'NAME_CLEARED' : 'NAME_TAKEN', check.cleared ? {} : { conflicts: check.conflicts });
  }

  private async checkAddresses(message: OutboxRecord, { instanceId, addresses }: CheckAddressesParams): Promise<void> {
    const check = await this.registry.checkAddresses(instanceId, addresses);
    if (check.cleared) await this.answer(message, instanceId, 'ADDRESSES_CLEARED', { sharedWith: check.sharedWith });
    else await this.answer(message, instanceId, 'ADDRESSES_REFUSED', { problems: check.problems });
  }

  private async issueLicence(message: OutboxRecord, { instanceId, name, addresses }: IssueLicenceParams): Promise<void> {
    const founderUserId = await this.runtime.select(instanceId, SYSTEM_ACTOR, registrationFounder);
    const outcome = await this.registry.issueLicence({ instanceId, name, addresses, founderUserId, at: message.createdAt });
    if (outcome.issued) await this.answer(message, instanceId, 'LICENCE_ISSUED', { registrationNo: outcome.registrationNo });
    else await this.answer(message, instanceId, 'NAME_TAKEN', { conflicts: outcome.conflicts });
  }

  private async referToIncubation(message: OutboxRecord, { instanceId }: ReferToIncubationParams): Promise<void> {
    if (!(await this.registry.recordCertification(instanceId, message.createdAt))) {
      throw new Error(`No enterprise was licensed by filing ${instanceId}, so it cannot be referred to incubation`);
    }
  }

  /** A filing that has moved on (withdrawn, refused meanwhile) no longer wants the answer: that is not a failure. */
  private async answer(message: OutboxRecord, instanceId: string, type: string, data: Record<string, unknown>): Promise<void> {
    try {
      await this.runtime.send({ instanceId, type, data, actor: SYSTEM_ACTOR, idempotencyKey: `outbox:${message.id}` });
    } catch (error) {
      if (isRuntimeError(error) && (error.code === 'EVENT_NOT_ALLOWED' || error.code === 'INSTANCE_NOT_FOUND')) {
        this.logger.log(`Filing ${instanceId} no longer waits for ${type}: ${error.message}`);
        return;
      }
      throw error;
    }
  }
}
