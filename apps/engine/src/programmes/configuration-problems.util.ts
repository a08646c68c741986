import type { JsonSchema } from '@yilin/contracts';
import { compileFormSchema, createValidationAjv, type FormValidator } from '@yilin/form-validation';
import {
  type CouncilConfig,
  councilConfigProblems,
  councilConfigSchema,
  type ProgrammeConfig,
  programmeConfigProblems,
  programmeConfigSchema,
} from '@yilin/workflow-grant-approval';

const ajv = createValidationAjv();

// The workflow's exported schemas are the contract; `$id` only names them.
function compile(schema: JsonSchema): FormValidator {
  const { $id: _id, ...rest } = schema;
  return compileFormSchema(ajv, rest);
}

const programmeValidator = compile(programmeConfigSchema);
const councilValidator = compile(councilConfigSchema);

export interface ConfigurationProblem {
  path: string;
  message: string;
}

/** Why a programme cannot be used, by the workflow's own schema and cross-field rules; empty when it can. */
export function programmeProblems(config: ProgrammeConfig): ConfigurationProblem[] {
  const issues = programmeValidator(config).map((issue) => ({ path: issue.path, message: issue.message }));
  return issues.length ? issues : programmeConfigProblems(config).map((message) => ({ path: '', message }));
}

export function councilProblems(config: CouncilConfig): ConfigurationProblem[] {
  const issues = councilValidator(config).map((issue) => ({ path: issue.path, message: issue.message }));
  return issues.length ? issues : councilConfigProblems(config).map((message) => ({ path: '', message }));
}
