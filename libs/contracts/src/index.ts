export * from './roles';
export * from './workflow-definition';
export * from './caller-view';
export * from './instance-views.dto';
export * from './page.dto';
// Types only: each is derived from its schema in `@yilin/contracts/schemas` (the engine's validation and
// OpenAPI document use the schemas themselves).
export type * from './schemas/common.schema';
export type * from './schemas/auth.schema';
export type * from './schemas/console.schema';
export type * from './schemas/form.schema';
export type * from './schemas/funds.schema';
export type * from './schemas/health.schema';
export type * from './schemas/instance.schema';
export type * from './schemas/notification.schema';
export type * from './schemas/programme.schema';
export type * from './schemas/public.schema';
export type * from './schemas/registration.schema';
export type * from './schemas/workflow.schema';
export * from './client';
