import type { StepFormDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';

/**
 * The form a workflow starts with, as bound now (a programme's own application form when `programmeId`
 * is given): the very form the server validates the start against.
 */
export function startFormOf(workflow: string, programmeId?: string): Promise<StepFormDto> {
  const query = programmeId ? `?programmeId=${encodeURIComponent(programmeId)}` : '';
  return api<StepFormDto>(`/forms/by-workflow/${encodeURIComponent(workflow)}/start${query}`);
}
