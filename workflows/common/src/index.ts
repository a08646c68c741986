export * from './effect-actions';
export * from './time.util';
