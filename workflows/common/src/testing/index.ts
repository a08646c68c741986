export * from './transition-coverage.util';
export * from './liveness.util';
