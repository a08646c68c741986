import type { Static } from 'typebox';

import type { PageDto } from '../page.dto';
import type {
  AttachmentSchema,
  AttentionQuerySchema,
  AttentionSchema,
  AuditEntrySchema,
  BindFormRequestSchema,
  CertifiedEnterpriseSchema,
  CheckFormDraftRequestSchema,
  ClaimSchema,
  ClaimsQuerySchema,
  ClockSchema,
  CouncilSettingsRequestSchema,
  CouncilSettingsSchema,
  CreateFormRequestSchema,
  CreateFundRequestSchema,
  CreateInstanceRequestSchema,
  CreateUserRequestSchema,
  DirectoryQuerySchema,
  DisclosedEntrySchema,
  DonationRequestSchema,
  ExportFormatQuerySchema,
  FailedJobSchema,
  FeedbackFilerSchema,
  FeedbackReceiptSchema,
  FormBindingSchema,
  FormCheckSchema,
  FormDiffQuerySchema,
  FormDiffSchema,
  FormSchema,
  FormSummarySchema,
  FormUsageSchema,
  FormVersionSchema,
  FundDetailSchema,
  FundSchema,
  HealthSchema,
  InstanceExportSchema,
  InstancePageSchema,
  InstanceSchema,
  LedgerEntrySchema,
  ListInstancesQuerySchema,
  ListPageQuerySchema,
  LoginRequestSchema,
  LoginResponseSchema,
  MigrationReportSchema,
  MigrationRequestSchema,
  MoveClockRequestSchema,
  NotificationPageSchema,
  PageQuerySchema,
  PersonSchema,
  ProgrammeRequestSchema,
  ProgrammeSchema,
  PublicFundSchema,
  PublicGrantSchema,
  PublicOutcomeSchema,
  PublicProgressSchema,
  PublishFormResultSchema,
  QueueDashboardSessionSchema,
  RegistrationDeadlineSchema,
  RegistrationSettingsRequestSchema,
  RegistrationSettingsSchema,
  ReservationSchema,
  RetriedJobSchema,
  SaveFormDraftRequestSchema,
  SendEventRequestSchema,
  SetDisabledRequestSchema,
  SetRolesRequestSchema,
  SlotQuerySchema,
  StartFormQuerySchema,
  StateCountSchema,
  StepFormSchema,
  StepSlotSchema,
  SubmitFeedbackRequestSchema,
  TaskPageSchema,
  TasksQuerySchema,
  TimeInStateSchema,
  UserSchema,
  WorkflowGraphSchema,
  WorkflowSummarySchema,
  WorkflowVersionQuerySchema,
} from '../schemas';

/**
 * Every operation of the engine's API by method and path template, with the types of its query, body and
 * answer derived from the schemas the engine validates and documents it with. Types only: nothing of
 * TypeBox reaches the browser. `upload: true` marks a multipart file upload, `Blob` an answer that is not JSON.
 */
export interface Operations {
  'GET /api/admin/attention': { query: Static<typeof AttentionQuerySchema>; response: Static<typeof AttentionSchema> };
  'GET /api/admin/clock': { response: Static<typeof ClockSchema> };
  'POST /api/admin/clock': { body: Static<typeof MoveClockRequestSchema>; response: Static<typeof ClockSchema> };
  'POST /api/admin/jobs/:id/retry': { response: Static<typeof RetriedJobSchema> };
  'GET /api/admin/jobs/failed': { response: Static<typeof FailedJobSchema>[] };
  'POST /api/admin/queue-dashboard/session': { response: Static<typeof QueueDashboardSessionSchema> };
  'POST /api/attachments': { upload: true; response: Static<typeof AttachmentSchema> };
  'GET /api/attachments/:id': { response: Blob };
  'POST /api/auth/login': { body: Static<typeof LoginRequestSchema>; response: Static<typeof LoginResponseSchema> };
  'POST /api/auth/logout': { response: void };
  'GET /api/claims': { query: Static<typeof ClaimsQuerySchema>; response: Static<typeof ClaimSchema>[] };
  'GET /api/council': { response: Static<typeof CouncilSettingsSchema> };
  'PUT /api/council': {
    body: Static<typeof CouncilSettingsRequestSchema>;
    response: Static<typeof CouncilSettingsSchema>;
  };
  'PUT /api/form-bindings': { body: Static<typeof BindFormRequestSchema>; response: Static<typeof FormBindingSchema> };
  'GET /api/form-bindings/candidates': {
    query: Static<typeof SlotQuerySchema>;
    response: Static<typeof FormSummarySchema>[];
  };
  'GET /api/form-bindings/history': { response: Static<typeof FormBindingSchema>[] };
  'GET /api/form-bindings/slots': { response: Static<typeof StepSlotSchema>[] };
  'GET /api/forms': { response: Static<typeof FormSummarySchema>[] };
  'POST /api/forms': { body: Static<typeof CreateFormRequestSchema>; response: Static<typeof FormSchema> };
  'GET /api/forms/:key': { response: Static<typeof FormSchema> };
  'POST /api/forms/:key/check': {
    body: Static<typeof CheckFormDraftRequestSchema>;
    response: Static<typeof FormCheckSchema>;
  };
  'GET /api/forms/:key/diff': { query: Static<typeof FormDiffQuerySchema>; response: Static<typeof FormDiffSchema> };
  'PUT /api/forms/:key/draft': { body: Static<typeof SaveFormDraftRequestSchema>; response: Static<typeof FormSchema> };
  'POST /api/forms/:key/publish': { response: Static<typeof PublishFormResultSchema> };
  'GET /api/forms/:key/usages': { response: Static<typeof FormUsageSchema>[] };
  'GET /api/forms/:key/versions/:version': { response: Static<typeof FormVersionSchema> };
  'GET /api/forms/:key/versions/latest': { response: Static<typeof FormVersionSchema> };
  'GET /api/forms/by-workflow/:workflow/start': {
    query: Static<typeof StartFormQuerySchema>;
    response: Static<typeof StepFormSchema>;
  };
  'GET /api/funds': { response: Static<typeof FundSchema>[] };
  'POST /api/funds': { body: Static<typeof CreateFundRequestSchema>; response: Static<typeof FundSchema> };
  'GET /api/funds/:id': { response: Static<typeof FundDetailSchema> };
  'POST /api/funds/:id/donations': {
    body: Static<typeof DonationRequestSchema>;
    response: Static<typeof LedgerEntrySchema>;
  };
  'GET /api/funds/:id/ledger': {
    query: Static<typeof ListPageQuerySchema>;
    response: PageDto<Static<typeof LedgerEntrySchema>>;
  };
  'GET /api/funds/:id/reservations': {
    query: Static<typeof ListPageQuerySchema>;
    response: PageDto<Static<typeof ReservationSchema>>;
  };
  'GET /api/health': { response: Static<typeof HealthSchema> };
  'GET /api/instances': { query: Static<typeof ListInstancesQuerySchema>; response: Static<typeof InstancePageSchema> };
  'POST /api/instances': { body: Static<typeof CreateInstanceRequestSchema>; response: Static<typeof InstanceSchema> };
  'GET /api/instances/:id': { response: Static<typeof InstanceSchema> };
  'GET /api/instances/:id/attachments': { response: Static<typeof AttachmentSchema>[] };
  'POST /api/instances/:id/attachments': { upload: true; response: Static<typeof AttachmentSchema> };
  'POST /api/instances/:id/claim': { response: Static<typeof ClaimSchema> };
  'DELETE /api/instances/:id/claim': { response: void };
  'POST /api/instances/:id/events': {
    body: Static<typeof SendEventRequestSchema>;
    response: Static<typeof InstanceSchema>;
  };
  'GET /api/instances/:id/export': {
    query: Static<typeof ExportFormatQuerySchema>;
    response: Static<typeof InstanceExportSchema>;
  };
  'GET /api/instances/:id/forms/:event': { response: Static<typeof StepFormSchema> };
  'GET /api/instances/:id/history': { response: Static<typeof AuditEntrySchema>[] };
  'GET /api/metrics': { response: Blob };
  'GET /api/notifications': {
    query: Static<typeof ListPageQuerySchema>;
    response: Static<typeof NotificationPageSchema>;
  };
  'POST /api/notifications/read': { response: void };
  'GET /api/programmes': { response: Static<typeof ProgrammeSchema>[] };
  'POST /api/programmes': { body: Static<typeof ProgrammeRequestSchema>; response: Static<typeof ProgrammeSchema> };
  'GET /api/programmes/:id': { response: Static<typeof ProgrammeSchema> };
  'PUT /api/programmes/:id': { body: Static<typeof ProgrammeRequestSchema>; response: Static<typeof ProgrammeSchema> };
  'DELETE /api/programmes/:id': { response: void };
  'GET /api/public/enterprises': {
    query: Static<typeof PageQuerySchema>;
    response: PageDto<Static<typeof CertifiedEnterpriseSchema>>;
  };
  'GET /api/public/enterprises/csv': { response: Blob };
  'POST /api/public/feedback': {
    body: Static<typeof SubmitFeedbackRequestSchema>;
    response: Static<typeof FeedbackReceiptSchema>;
  };
  'GET /api/public/feedback/:code': { response: Static<typeof PublicProgressSchema> };
  'GET /api/public/feedback/form': { response: Static<typeof StepFormSchema> };
  'GET /api/public/funds': {
    query: Static<typeof ExportFormatQuerySchema>;
    response: Static<typeof PublicFundSchema>[];
  };
  'GET /api/public/funds/csv': { response: Blob };
  'GET /api/public/grants': {
    query: Static<typeof PageQuerySchema>;
    response: PageDto<Static<typeof PublicGrantSchema>>;
  };
  'GET /api/public/grants/:id/history': { response: Static<typeof DisclosedEntrySchema>[] };
  'GET /api/public/grants/csv': { response: Blob };
  'GET /api/public/outcomes': {
    query: Static<typeof PageQuerySchema>;
    response: PageDto<Static<typeof PublicOutcomeSchema>>;
  };
  'GET /api/public/outcomes/csv': { response: Blob };
  'GET /api/registrations/:id/deadline': { response: Static<typeof RegistrationDeadlineSchema> };
  'GET /api/registrations/settings': { response: Static<typeof RegistrationSettingsSchema> };
  'PUT /api/registrations/settings': {
    body: Static<typeof RegistrationSettingsRequestSchema>;
    response: Static<typeof RegistrationSettingsSchema>;
  };
  'GET /api/supervision/reviews/:id/filer': { response: Static<typeof FeedbackFilerSchema> };
  'GET /api/tasks': { query: Static<typeof TasksQuerySchema>; response: Static<typeof TaskPageSchema> };
  'GET /api/users': { response: Static<typeof UserSchema>[] };
  'POST /api/users': { body: Static<typeof CreateUserRequestSchema>; response: Static<typeof UserSchema> };
  'PUT /api/users/:id/disabled': {
    body: Static<typeof SetDisabledRequestSchema>;
    upload: true;
    response: Static<typeof UserSchema>;
  };
  'PUT /api/users/:id/roles': { body: Static<typeof SetRolesRequestSchema>; response: Static<typeof UserSchema> };
  'GET /api/users/directory': { query: Static<typeof DirectoryQuerySchema>; response: Static<typeof PersonSchema>[] };
  'GET /api/workflows': { response: Static<typeof WorkflowSummarySchema>[] };
  'GET /api/workflows/:key': {
    query: Static<typeof WorkflowVersionQuerySchema>;
    response: Static<typeof WorkflowGraphSchema>;
  };
  'POST /api/workflows/:key/migrations': {
    body: Static<typeof MigrationRequestSchema>;
    response: Static<typeof MigrationReportSchema>;
  };
  'GET /api/workflows/:key/stats': { response: Static<typeof StateCountSchema>[] };
  'GET /api/workflows/:key/time-in-state': { response: Static<typeof TimeInStateSchema>[] };
}
