export type * from './operations';
export * from './client';
