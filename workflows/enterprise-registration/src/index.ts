export * from './enterprise-registration.types';
export * from './enterprise-registration.guards';
export * from './enterprise-registration.machine';
export * from './enterprise-registration.definition';
export * from './registration-deadline.util';
export * from './enterprise-registration.selectors';
export * from './enterprise-registration.view';
export * from './enterprise-registration.refusals';
