export * from './supervisory-review.types';
export * from './supervisory-review.guards';
export * from './supervisory-review.machine';
export * from './supervisory-review.definition';
export * from './review-progress.util';
export * from './tracking-code.util';
export * from './supervisory-review.selectors';
export * from './supervisory-review.view';
