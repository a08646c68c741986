export * from './actors';
export * from './manual-clock';
export * from './schema-validator';
export * from './ticket-workflow';
export * from './runtime-contract.suite';
