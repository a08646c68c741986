import { useState } from 'react';
import { Link } from 'react-router';

import type { InstancePageDto, InstanceStatus, TimeInStateDto, WorkflowGraphDto } from '@yilin/contracts';

import { client } from '@web/api/api-client';
import { BarChart } from '@web/components/BarChart';
import { LoadState } from '@web/components/LoadState';
import { StateChart } from '@web/components/StateChart';
import { countsByPath, topLevelOf } from '@web/components/statechart-layout.util';
import { useLoad } from '@web/components/use-load';
import { useI18n } from '@web/i18n/i18n';
import { stateTitleOf } from '@web/components/state-title.util';

import { ApprovalChart } from './ApprovalChart';
import { approvalRate } from './approval-rate.util';
import { AttentionPanel } from './AttentionPanel';
import { ConsoleOverview } from './ConsoleOverview';
import { ConsoleNav } from './ConsoleNav';
import { formatDuration } from './duration.util';
import { StateInstances } from './StateInstances';
import { throughputPerWeek } from './throughput.util';
import { ThroughputChart } from './ThroughputChart';

type Stats = Array<{ state: string; status: InstanceStatus; count: number }>;

interface WorkflowPanelData {
  workflow: WorkflowGraphDto;
  stats: Stats;
  recent: InstancePageDto;
  timeInState: TimeInStateDto[];
}

async function loadAll(): Promise<WorkflowPanelData[]> {
  const workflows = await client.get('/api/workflows');
  return Promise.all(
    workflows.map(async (summary) => {
      const [workflow, stats, recent, timeInState] = await Promise.all([
        client.get('/api/workflows/:key', { params: summary }),
        client.get('/api/workflows/:key/stats', { params: summary }),
        client.get('/api/instances', { query: { workflow: summary.key, limit: 200 } }),
        client.get('/api/workflows/:key/time-in-state', { params: summary }),
      ]);
      return { workflow, stats, recent, timeInState };
    }),
  );
}

/** Each workflow's statechart with live counts per state: where the work piles up. */
export function ConsoleHome() {
  const { t } = useI18n();
  const loaded = useLoad(loadAll, 'console');
  return (
    <div className="stack">
      <ConsoleNav />
      <LoadState loaded={loaded}>
        {(panels) => (
          <>
            <ConsoleOverview />
            <AttentionPanel workflows={panels.map((panel) => panel.workflow)} />
            {panels.map((panel) => (
              <WorkflowPanel key={panel.workflow.key} {...panel} />
            ))}
          </>
        )}
      </LoadState>
      {loaded.data && (
        <button type="button" className="secondary" onClick={loaded.reload}>
          {t('console.refresh')}
        </button>
      )}
    </div>
  );
}

function WorkflowPanel({ workflow, stats, recent, timeInState }: WorkflowPanelData) {
  const { t, local } = useI18n();
  const topLevel = workflow.graph.nodes.filter((n) => n.parent === null).map((n) => n.path);
  const counts = countsByPath(topLevel, stats);
  const title = (path: string) => local(stateTitleOf(workflow, path));
  const weeks = throughputPerWeek(recent.items);
  const [chosen, setChosen] = useState<string | null>(null);
  const total = stats.reduce((sum, row) => sum + row.count, 0);
  const busiest = [...counts.entries()].filter(([path]) => !workflow.states.find((s) => s.path === path)?.final).sort((a, b) => b[1] - a[1])[0];
  return (
    <section className="card" data-workflow={workflow.key}>
      <div className="row-between">
        <h2>{local(workflow.title)}</h2>
        <Link to={`/console/instances?workflow=${workflow.key}`}>
          {t('console.instances')} ({total})
        </Link>
      </div>
      {busiest && busiest[1] > 0 && (
        <p className="muted">
          {t('console.pilesUp')}: <strong>{title(busiest[0])}</strong> ({busiest[1]})
        </p>
      )}
      <p className="muted small">{t('console.chartHelp')}</p>
      <StateChart workflow={workflow} stats={stats} selected={chosen} onSelect={(path) => setChosen(path === chosen ? null : path)} />
      {chosen && <StateInstances key={chosen} workflow={workflow} state={chosen} onClose={() => setChosen(null)} />}
      <div className="two-columns console-charts">
        <div>
          <h3>{t('console.perState')}</h3>
          <BarChart
            label={t('console.perState')}
            rows={topLevel.filter((path) => counts.get(path)).map((path) => ({ label: title(topLevelOf(path)), value: counts.get(path) ?? 0 }))}
          />
        </div>
        <div>
          <h3>{t('charts.throughput')}</h3>
          <ThroughputChart weeks={weeks} />
        </div>
        <div>
          <h3>{t('charts.approvalRate')}</h3>
          <ApprovalChart rate={approvalRate(workflow, stats)} titleOf={title} />
        </div>
        <div>
          <h3>{t('charts.timeInState')}</h3>
          {timeInState.length === 0 ? (
            <p className="muted">{t('charts.noHistory')}</p>
          ) : (
            <BarChart
              label={t('charts.timeInState')}
              rows={timeInState.map((row) => ({ label: title(row.state), value: row.averageMs }))}
              format={(ms) => formatDuration(ms, { days: t('charts.days'), hours: t('charts.hours'), minutes: t('charts.minutes'), seconds: t('charts.seconds') })}
            />
          )}
        </div>
      </div>
    </section>
  );
}
