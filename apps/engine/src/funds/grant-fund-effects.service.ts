import { Injectable, type OnModuleInit } from '@nestjs/common';

import { type OutboxRecord, OutboxProcessor, SYSTEM_ACTOR, WorkflowRuntime } from '@yilin/runtime';
import {
  type DisburseFundsParams,
  EFFECT_DISBURSE_FUNDS,
  EFFECT_RELEASE_FUNDS,
  EFFECT_RESERVE_FUNDS,
  grantRegisterFacts,
  type ReleaseFundsParams,
  type ReserveFundsParams,
} from '@yilin/workflow-grant-approval';

import { FundLedger, type GrantRegisterFacts } from './fund-ledger.service';

/**
 * Carries out the grant workflow's money effects and answers the machine. The ledger makes each one
 * happen once per grant, reservation or tranche; the outbox id as idempotency key makes the answer land once.
 */
@Injectable()
export class GrantFundEffects implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxProcessor,
    private readonly runtime: WorkflowRuntime,
    private readonly ledger: FundLedger,
  ) {}

  onModuleInit(): void {
    this.outbox.register<ReserveFundsParams>(EFFECT_RESERVE_FUNDS, (message, params) => this.reserve(message, params));
    this.outbox.register<DisburseFundsParams>(EFFECT_DISBURSE_FUNDS, (_message, params) => this.disburse(params));
    this.outbox.register<ReleaseFundsParams>(EFFECT_RELEASE_FUNDS, (_message, params) => this.release(params));
  }

  async reserve(message: OutboxRecord, params: ReserveFundsParams): Promise<void> {
    const outcome = await this.ledger.reserve({ ...params, ...(await this.registerFacts(params.grantId)) });
    await this.runtime.send({
      instanceId: params.grantId,
      ...(outcome.outcome === 'reserved'
        ? { type: 'FUNDS_RESERVED', data: { reservationId: outcome.reservationId } }
        : { type: 'FUNDS_REFUSED', data: { reason: outcome.reason, available: outcome.available } }),
      actor: SYSTEM_ACTOR,
      idempotencyKey: `outbox:${message.id}`,
    });
  }

  async disburse(params: DisburseFundsParams): Promise<void> {
    await this.ledger.disburse({ reservationId: params.reservationId, amount: params.amount, tranche: params.tranche });
  }

  async release(params: ReleaseFundsParams): Promise<void> {
    await this.ledger.release(params.reservationId);
  }

  /** What the public register shows, read from the grant as it stands when approved. */
  private async registerFacts(grantId: string): Promise<GrantRegisterFacts> {
    return this.runtime.select(grantId, SYSTEM_ACTOR, grantRegisterFacts);
  }
}
