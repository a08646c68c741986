export interface CertifiedEnterpriseDto {
  name: string;
  registrationNo: string;
  certifiedAt: string;
}

/** What a feedback or a review needs to name an enterprise as its subject. */
export interface EnterpriseSubject {
  workflow: string;
  instanceId: string;
  ownerId: string;
}
