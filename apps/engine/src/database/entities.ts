import { AuditEntryEntity } from '@engine/instances/entities/audit-entry.entity';
import { IdempotencyKeyEntity } from '@engine/instances/entities/idempotency-key.entity';
import { InstanceParticipantEntity } from '@engine/instances/entities/instance-participant.entity';
import { InstanceSearchTermEntity } from '@engine/instances/entities/instance-search-term.entity';
import { OutboxMessageEntity } from '@engine/instances/entities/outbox-message.entity';
import { TimerEntity } from '@engine/instances/entities/timer.entity';
import { WorkflowInstanceEntity } from '@engine/instances/entities/workflow-instance.entity';
import { FundEntity } from '@engine/funds/fund.entity';
import { FundLedgerEntryEntity } from '@engine/funds/fund-ledger-entry.entity';
import { FundReservationEntity } from '@engine/funds/fund-reservation.entity';
import { CouncilSettingsEntity } from '@engine/programmes/council-settings.entity';
import { ProgrammeEntity } from '@engine/programmes/programme.entity';
import { EnterpriseAddressEntity, EnterpriseEntity } from '@engine/enterprises/enterprise.entity';
import { RegistrationSettingsEntity } from '@engine/enterprises/registration-settings.entity';
import { PublicFeedbackEntity } from '@engine/supervision/public-feedback.entity';
import { ReviewRecordEntity } from '@engine/supervision/review-record.entity';
import { NotificationEntity } from '@engine/notifications/notification.entity';
import { NotificationCountEntity, NotificationReadEntity } from '@engine/notifications/notification-count.entity';
import { UserEntity } from '@engine/users/user.entity';
import { AttachmentEntity } from '@engine/forms/attachments/attachment.entity';
import { AttachmentContentEntity } from '@engine/forms/attachments/attachment-content.entity';
import { FormEntity } from '@engine/forms/entities/form.entity';
import { FormVersionEntity } from '@engine/forms/entities/form-version.entity';
import { FormBindingEntity } from '@engine/forms/bindings/form-binding.entity';
import { InstanceClaimEntity } from '@engine/claims/instance-claim.entity';
import { InstanceStateCountEntity } from '@engine/instances/entities/instance-state-count.entity';
import { InstanceTaskEntity } from '@engine/instances/entities/instance-task.entity';
import { StateDurationEntity } from '@engine/insights/state-duration.entity';

/** Every table the engine maps; each domain module adds its own entities here. */
export const ENTITIES = [
  WorkflowInstanceEntity,
  InstanceParticipantEntity,
  InstanceSearchTermEntity,
  AuditEntryEntity,
  OutboxMessageEntity,
  TimerEntity,
  IdempotencyKeyEntity,
  UserEntity,
  NotificationEntity,
  NotificationCountEntity,
  NotificationReadEntity,
  EnterpriseEntity,
  EnterpriseAddressEntity,
  RegistrationSettingsEntity,
  ReviewRecordEntity,
  PublicFeedbackEntity,
  FundEntity,
  FundLedgerEntryEntity,
  FundReservationEntity,
  ProgrammeEntity,
  CouncilSettingsEntity,
  FormEntity,
  FormVersionEntity,
  FormBindingEntity,
  AttachmentEntity,
  AttachmentContentEntity,
  InstanceClaimEntity,
  InstanceStateCountEntity,
  InstanceTaskEntity,
  StateDurationEntity,
];
