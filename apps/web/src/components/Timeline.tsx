import type { AuditEntryDto, PersonDto, Role, WorkflowSummaryDto } from '@yilin/contracts';

import { api } from '@web/api/api-client';

import { useI18n } from '@web/i18n/i18n';

import { eventUi } from './event-ui.util';
import { FormValues } from './FormValues';
import { personLabel } from './person.util';
import { isVoteChoice } from './vote-choice.util';
import { stateTitleOf } from './state-title.util';
import { collapseAutosaves } from './timeline-collapse.util';
import { useLoad } from './use-load';

/** The instance's history (audit entries) as a timeline: who did what, when, and where it led. */
export function Timeline({
  entries,
  workflow,
  words,
}: {
  entries: AuditEntryDto[];
  workflow?: WorkflowSummaryDto;
  /** Fields the forms do not label, in words the view already holds (a programme by its title). */
  words?: Record<string, { label: string; text: string }>;
}) {
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
            {entry.form ? (
              Object.keys(entry.data).length > 0 && <EntryInWords entry={entry} workflow={workflow?.key ?? ''} words={words} />
            ) : (
              <DataSummary data={entry.data} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

const textOf = (value: unknown) => (Array.isArray(value) ? value.join('；') : String(value));

/** The field of a step that names the people it assigns (the reviewers an acceptance picks), and their role. */
function assignedField(workflow: string, event: string): { field: string; role: Role } | null {
  for (const [field, ui] of Object.entries(eventUi(workflow, event))) {
    const options = (ui as { 'ui:field'?: string; 'ui:options'?: { role?: Role } });
    if (options['ui:field'] === 'userPicker' && options['ui:options']?.role) return { field, role: options['ui:options'].role };
  }
  return null;
}

/** What came with a step under the labels of the form it was validated against; assigned people by name. */
function EntryInWords({ entry, workflow, words }: { entry: AuditEntryDto; workflow: string; words?: Record<string, { label: string; text: string }> }) {
  const { t } = useI18n();
  const assigned = assignedField(workflow, entry.event);
  const ids = assigned ? ([] as unknown[]).concat(entry.data[assigned.field] ?? []).map(String) : [];
  const people = useLoad(
    () => (assigned && ids.length ? api<PersonDto[]>(`/users/directory?role=${assigned.role}`) : Promise.resolve([])),
    assigned && ids.length ? `directory-${assigned.role}` : 'none',
  );
  const named = assigned && ids.length
    ? {
        [assigned.field]: {
          label: t(`role.${assigned.role}`),
          text: ids.map((id) => people.data?.find((person) => person.id === id)?.displayName ?? t(`role.${assigned.role}`)).join('、'),
        },
      }
    : {};
  return (
    <div className="timeline-data">
      <FormValues submitted={{ form: entry.form, values: entry.data }} words={{ ...words, ...named }} />
    </div>
  );
}

/** A step that names no form: a short line of what came with it (note, reason, items), never the whole payload. */
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
