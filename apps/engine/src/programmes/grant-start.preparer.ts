import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';

import { grantApprovalDefinition } from '@yilin/workflow-grant-approval';
import type { SessionUser } from '@engine/auth/session-user';
import { DomainError } from '@engine/common/errors/domain.error';
import { EnterpriseRegistryService } from '@engine/enterprises/enterprise-registry.service';
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
    private readonly enterprises: EnterpriseRegistryService,
  ) {}

  onModuleInit(): void {
    this.preparations.register(grantApprovalDefinition.key, (data, user) => this.prepare(data, user));
  }

  async prepare(data: Record<string, unknown>, user?: SessionUser): Promise<Record<string, unknown>> {
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
    return {
      programme: toProgrammeConfig(programme),
      council: await this.council.forGrant(),
      ...(data.enterpriseRegistrationNo !== undefined ? await this.applicantEnterprise(data.enterpriseRegistrationNo, user) : {}),
    };
  }

  /**
   * A certified social enterprise may apply as the applicant organisation: its founder (or staff on its
   * behalf) names it by registration number, and the register, not the caller, supplies its name.
   */
  private async applicantEnterprise(registrationNo: unknown, user?: SessionUser): Promise<Record<string, unknown>> {
    const enterprise = typeof registrationNo === 'string' ? await this.enterprises.findByRegistrationNo(registrationNo) : null;
    if (!enterprise) {
      throw new DomainError(HttpStatus.NOT_FOUND, 'ENTERPRISE_NOT_FOUND', `No registered enterprise has the registration number "${String(registrationNo)}"`);
    }
    if (!enterprise.certifiedAt) {
      throw new DomainError(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'ENTERPRISE_NOT_CERTIFIED',
        `"${enterprise.name}" is registered but not certified as a social enterprise, so it cannot apply as one`,
      );
    }
    if (user && user.id !== enterprise.founderUserId && !user.roles.includes('staff')) {
      throw new DomainError(HttpStatus.FORBIDDEN, 'NOT_THE_FOUNDER', `Only the founder of "${enterprise.name}" may apply on its behalf`);
    }
    const { name, registrationNo: number, certifiedAt } = enterprise;
    return { organisation: name, applicantEnterprise: { name, registrationNo: number, certifiedAt } };
  }
}
