export * from './effect-actions';
export * from './time.util';
export * from './working-calendar.util';
export * from './refusal-rules.util';
export * from './step-slot.util';
