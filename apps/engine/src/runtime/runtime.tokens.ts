export const WORKFLOW_DEFINITIONS = Symbol('WORKFLOW_DEFINITIONS');
export const CLOCK = Symbol('CLOCK');
