import { useState } from 'react';

import type { AuditEntryDto, InstanceDto, StepFormDto, WorkflowGraphDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { useI18n } from '@web/i18n/i18n';

import { EventActions } from './EventActions';
import { InstanceNotices } from './InstanceNotices';
import { LoadState } from './LoadState';
import { QuorumPanel } from './QuorumPanel';
import { StateChart } from './StateChart';
import { SubmittedForm } from './SubmittedForm';
import { submittedThrough } from './form-fields.util';
import { Timeline } from './Timeline';
import { useLoad } from './use-load';
import { ViewInWords } from './ViewInWords';
import { stateTitleOf } from './state-title.util';

interface Loaded {
  instance: InstanceDto;
  history: AuditEntryDto[];
  workflow: WorkflowGraphDto;
  /** The form the instance started with, at its pinned version; null for a workflow started without one. */
  startForm: StepFormDto | null;
}

async function loadInstance(id: string): Promise<Loaded> {
  const [instance, history, startForm] = await Promise.all([
    client.get('/api/instances/:id', { params: { id } }),
    client.get('/api/instances/:id/history', { params: { id } }),
    client.get('/api/instances/:id/forms/:event', { params: { id, event: 'start' } }).catch(() => null),
  ]);
  const workflow = await client.get('/api/workflows/:key', { params: { key: instance.workflow }, query: { version: instance.version } });
  return { instance, history, workflow, startForm };
}

/** One instance for whoever may see it: where it stands, what I may do, its data and its timeline. */
export function InstanceView({ id, withChart = false }: { id: string; withChart?: boolean }) {
  const [round, setRound] = useState(0);
  const loaded = useLoad(() => loadInstance(id), `${id}:${round}`);
  return <LoadState loaded={loaded}>{(data) => <InstanceBody {...data} withChart={withChart} onChanged={() => setRound((r) => r + 1)} />}</LoadState>;
}

function InstanceBody({ instance, history, workflow, startForm, withChart, onChanged }: Loaded & { withChart: boolean; onChanged(): void }) {
  const { t, local } = useI18n();
  const stateTitle = local(stateTitleOf(workflow, instance.state));
  const headline = headlineOf(instance);
  return (
    <div className="stack instance-view">
      <section className="card">
        <p className="muted">{local(workflow.title)}</p>
        <h2>{headline}</h2>
        <p>
          {t('home.state')}: <strong data-testid="state">{stateTitle}</strong>{' '}
          <span className={`badge ${instance.status}`}>{t(`status.${instance.status}`)}</span>
        </p>
      </section>
      {startForm && (
        <section className="card" aria-label={t('instance.submitted')} data-testid="submitted-form">
          <h3>{t('instance.submitted')}</h3>
          <p className="muted">
            {local({ zh: startForm.document.labels?.zh?.$form ?? startForm.key, en: startForm.document.labels?.en?.$form ?? startForm.key })} · {t('instance.formVersion')} v{startForm.version}
          </p>
          <SubmittedForm document={startForm.document} data={submittedThrough(startForm.events, history)} />
        </section>
      )}
      <InstanceNotices instance={instance} />
      {instance.view.workflow === 'grant-approval' && <QuorumPanel council={instance.view.council} />}
      <section className="card" data-testid="actions-card">
        <h3>{t('actions.title')}</h3>
        <EventActions instance={instance} onChanged={onChanged} />
      </section>
      {withChart && (
        <section className="card">
          <h3>{t('console.chart')}</h3>
          <StateChart workflow={workflow} current={instance.state} />
        </section>
      )}
      <div className="two-columns">
        <section className="card">
          <h3>{t('instance.timeline')}</h3>
          <Timeline
            entries={history}
            workflow={workflow}
            words={instance.view.workflow === 'grant-approval' ? { programmeId: { label: t('view.programme'), text: instance.view.programme.title } } : undefined}
          />
        </section>
        <section className="card">
          <details open={withChart}>
            <summary>
              <h3>{t('instance.data')}</h3>
            </summary>
            <ViewInWords view={instance.view} />
          </details>
        </section>
      </div>
    </div>
  );
}

/** A line that names the instance for people: the application's title, the enterprise's name, the review. */
export function headlineOf(instance: Pick<InstanceDto, 'view' | 'id'>): string {
  return instance.view.headline ?? instance.id;
}
