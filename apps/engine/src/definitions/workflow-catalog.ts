import type { RuntimeDefinition } from '@yilin/runtime';
import { enterpriseRegistrationDefinition } from '@yilin/workflow-enterprise-registration';
import { grantApprovalDefinition } from '@yilin/workflow-grant-approval';
import { supervisoryReviewDefinition } from '@yilin/workflow-supervisory-review';

/** Every workflow the engine runs, each at every deployed version. */
export const WORKFLOW_CATALOG: RuntimeDefinition[] = [
  grantApprovalDefinition,
  enterpriseRegistrationDefinition,
  supervisoryReviewDefinition,
];
