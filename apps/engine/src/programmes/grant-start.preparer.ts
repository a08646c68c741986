import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';

import { grantApprovalDefinition } from '@yilin/workflow-grant-approval';
import { DomainError } from '@engine/common/errors/domain.error';
import { StartPreparations } from '@engine/instances/start-preparations';

import { CouncilService } from './council.service';
import { toProgrammeConfig } from './programmes.dto';
import { ProgrammesService } from './programmes.service';

/**
 * A grant starts under a programme: the engine injects a snapshot of its configuration and the council
 * as it stands, so later changes by admins never alter a running grant and callers cannot forge either.
 */
@Injectable()
export class GrantStartPreparer implements OnModuleInit {
  constructor(
    private readonly preparations: StartPreparations,
    private readonly programmes: ProgrammesService,
    private readonly council: CouncilService,
  ) {}

  onModuleInit(): void {
    this.preparations.register(grantApprovalDefinition.key, (data) => this.prepare(data));
  }

  async prepare(data: Record<string, unknown>): Promise<Record<string, unknown>> {
    const programmeId = data.programmeId;
    if (typeof programmeId !== 'string' || !programmeId) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'PROGRAMME_REQUIRED',
        'Choose the programme you apply to: the application needs a programmeId',
      );
    }
    const programme = await this.programmes.get(programmeId);
    if (!programme.open) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'PROGRAMME_CLOSED',
        `The programme "${programme.title.zh}" is closed to new applications`,
      );
    }
    return { programme: toProgrammeConfig(programme), council: await this.council.forGrant() };
  }
}
