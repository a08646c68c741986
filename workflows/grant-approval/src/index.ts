export * from './grant-approval.types';
export * from './grant-approval.machine';
export * from './grant-approval.definition';
export * from './grant-approval.effects';
export * from './programme-config.schema';
export * from './programme-config.util';
export * from './split-tranches.util';
export * from './council-outcome.util';
