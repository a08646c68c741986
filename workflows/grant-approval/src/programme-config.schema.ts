import type { JsonSchema } from '@yilin/contracts';
import { CouncilConfigSchema, ProgrammeConfigSchema } from '@yilin/contracts/schemas';

/**
 * JSON Schema for a programme's configuration, as admins edit it. What a schema cannot say (the split
 * sums to 100, the small-amount limit is within the maximum…) is checked by `programmeConfigProblems`.
 */
export const programmeConfigSchema = ProgrammeConfigSchema as unknown as JsonSchema;

/** JSON Schema for the council configuration. */
export const councilConfigSchema = CouncilConfigSchema as unknown as JsonSchema;
