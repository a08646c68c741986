import type { LocalizedText, WorkflowSummaryDto } from '@yilin/contracts';

/**
 * The title of a stored state. Parts of a workflow that run side by side are stored together
 * ("a.b.c,a.d.e"); each part is named by its own title or, failing that, by its nearest titled parent.
 */
export function stateTitleOf(workflow: Pick<WorkflowSummaryDto, 'states'> | undefined | null, state: string): LocalizedText {
  const titles = state.split(',').map((part) => titleOfPath(workflow, part.trim()));
  const distinct = titles.filter((title, index) => titles.findIndex((other) => other.zh === title.zh) === index);
  return { zh: distinct.map((title) => title.zh).join(' · '), en: distinct.map((title) => title.en).join(' · ') };
}

function titleOfPath(workflow: Pick<WorkflowSummaryDto, 'states'> | undefined | null, path: string): LocalizedText {
  for (let candidate = path; candidate; candidate = candidate.slice(0, Math.max(0, candidate.lastIndexOf('.')))) {
    const found = workflow?.states.find((state) => state.path === candidate);
    if (found) return found.title;
  }
  return { zh: path, en: path };
}
