// The contracts as TypeBox schemas: the engine validates requests and documents its API with them, and the
// types in `@yilin/contracts` are derived from them. The web imports only those types, so none of this
// code reaches the browser.
export * from './common.schema';
export * from './auth.schema';
export * from './console.schema';
export * from './form.schema';
export * from './funds.schema';
export * from './health.schema';
export * from './instance.schema';
export * from './instance-view.schema';
export * from './notification.schema';
export * from './programme.schema';
export * from './public.schema';
export * from './registration.schema';
export * from './workflow.schema';
// The operations of the typed client by method and path, as values (for tests; the web needs only the types).
export * from '../client/operation-keys';
