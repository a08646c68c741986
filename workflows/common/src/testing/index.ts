export * from './transition-coverage.util';
