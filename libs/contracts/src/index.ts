export * from './roles';
export * from './workflow-definition';
export * from './instance.dto';
export * from './workflow.dto';
export * from './auth.dto';
export * from './error.dto';
export * from './health.dto';
export * from './form.dto';
