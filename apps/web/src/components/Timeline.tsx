import type { AuditEntryDto, WorkflowSummaryDto } from '@yilin/contracts';

import { useI18n } from '@web/i18n/i18n';

import { personLabel } from './person.util';
import { isVoteChoice } from './vote-choice.util';
import { stateTitleOf } from './state-title.util';
import { collapseAutosaves } from './timeline-collapse.util';

/** The instance's history (audit entries) as a timeline: who did what, when, and where it led. */
export function Timeline({ entries, workflow }: { entries: AuditEntryDto[]; workflow?: WorkflowSummaryDto }) {
  const { t, local } = useI18n();
  const eventTitle = (type: string) => local(workflow?.events.find((e) => e.type === type)?.title) || type;
  const stateTitle = (path: string) => local(stateTitleOf(workflow, path));
  return (
    <ol className="timeline">
      {collapseAutosaves(entries).map(({ entry, times }) => (
        <li key={entry.revision} className="timeline-item">
          <span className="timeline-dot" aria-hidden="true" />
          <div>
            <strong>{entry.event === 'xstate.init' || entry.fromState === null ? t('timeline.started') : eventTitle(entry.event)}</strong>
            {times > 1 && <span className="muted"> {t('timeline.savedTimes', { count: times })}</span>}
            {entry.actor && <span className="muted"> · {personLabel(entry.actor, t)}</span>}
            <div className="muted">
              {new Date(entry.at).toLocaleString()} → {stateTitle(entry.toState)}
            </div>
            <DataSummary data={entry.data} />
          </div>
        </li>
      ))}
    </ol>
  );
}

/** A short line of what came with the step (note, reason, items), never the whole payload. */
const textOf = (value: unknown) => (Array.isArray(value) ? value.join('；') : String(value));

function DataSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useI18n();
  const shown = ['reason', 'note', 'comment', 'choice', 'score', 'items', 'materials', 'summary'].filter(
    (key) => data[key] !== undefined && data[key] !== '',
  );
  if (!shown.length) return null;
  return (
    <div className="timeline-data">
      {shown.map((key) => (
        <span key={key}>{key === 'choice' && isVoteChoice(data[key]) ? t(`council.${data[key]}`) : textOf(data[key])} </span>
      ))}
    </div>
  );
}
