import type { LocalizedText } from './roles';

export interface WorkflowStateDto {
  id: string;
  path: string;
  title: LocalizedText;
  final: boolean;
}

export interface WorkflowEventDto {
  type: string;
  title: LocalizedText;
  by: string[];
  system: boolean;
  form?: string;
}

export interface WorkflowSummaryDto {
  key: string;
  version: number;
  versions: number[];
  title: LocalizedText;
  states: WorkflowStateDto[];
  events: WorkflowEventDto[];
}

export interface WorkflowGraphDto extends WorkflowSummaryDto {
  graph: {
    nodes: Array<{ id: string; path: string; parent: string | null; type: string; initial: boolean }>;
    edges: Array<{ source: string; target: string; event: string; guarded: boolean }>;
  };
}

export interface MigrationRequest {
  fromVersion: number;
  toVersion: number;
  dryRun: boolean;
}

export interface MigrationReportDto {
  workflow: string;
  fromVersion: number;
  toVersion: number;
  dryRun: boolean;
  checked: number;
  fitting: string[];
  notFitting: Array<{ instanceId: string; reason: string }>;
  migrated: number;
}
