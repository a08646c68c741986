import type { StepFormDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';

/**
 * The form a workflow starts with, as bound now (a programme's own application form when `programmeId`
 * is given): the very form the server validates the start against.
 */
export function startFormOf(workflow: string, programmeId?: string): Promise<StepFormDto> {
  return client.get('/api/forms/by-workflow/:workflow/start', { params: { workflow }, query: { programmeId } });
}
