export type { CertifiedEnterpriseDto } from '@yilin/contracts';

/** What a feedback or a review needs to name an enterprise as its subject. */
export interface EnterpriseSubject {
  workflow: string;
  instanceId: string;
  ownerId: string;
}

/** A registered enterprise applying for a grant as the applicant organisation. */
export interface ApplicantEnterpriseDto {
  name: string;
  registrationNo: string;
  founderUserId: string;
  /** Only certified social enterprises may apply as such. */
  certifiedAt: string | null;
}
