import { RuntimeError } from '../errors/runtime.error';
import { allStateNodes } from './machine-walk.util';
import type { RuntimeDefinition } from './runtime-definition';

/** Every deployed version of every workflow. New instances start on the latest version of their key. */
export class WorkflowRegistry {
  private readonly versions = new Map<string, Map<number, RuntimeDefinition>>();

  constructor(definitions: readonly RuntimeDefinition[] = []) {
    definitions.forEach((definition) => this.register(definition));
  }

  register(definition: RuntimeDefinition): void {
    assertDefinitionIsSound(definition);
    const byVersion = this.versions.get(definition.key) ?? new Map<number, RuntimeDefinition>();
    if (byVersion.has(definition.version)) {
      throw new RuntimeError(
        'INVALID_DEFINITION',
        `Workflow ${definition.key} v${definition.version} is registered twice`,
      );
    }
    byVersion.set(definition.version, definition);
    this.versions.set(definition.key, byVersion);
  }

  keys(): string[] {
    return [...this.versions.keys()].sort();
  }

  versionsOf(key: string): number[] {
    return [...(this.versions.get(key)?.keys() ?? [])].sort((a, b) => a - b);
  }

  latest(key: string): RuntimeDefinition {
    const versions = this.versionsOf(key);
    if (!versions.length) throw new RuntimeError('WORKFLOW_NOT_FOUND', `No workflow named "${key}"`);
    return this.get(key, versions[versions.length - 1]);
  }

  get(key: string, version: number): RuntimeDefinition {
    const definition = this.find(key, version);
    if (!definition) {
      throw new RuntimeError('WORKFLOW_NOT_FOUND', `No workflow "${key}" at version ${version}`);
    }
    return definition;
  }

  /** The definition an instance was started with; null when this build no longer registers it. */
  find(key: string, version: number): RuntimeDefinition | null {
    return this.versions.get(key)?.get(version) ?? null;
  }

  latestOfEach(): RuntimeDefinition[] {
    return this.keys().map((key) => this.latest(key));
  }
}

/**
 * Refuses definitions the runtime could not run faithfully: XState `after` delays are lost when a snapshot
 * is restored (timers must be `startTimer` effects), and every event a machine handles needs a policy.
 */
function assertDefinitionIsSound(definition: RuntimeDefinition): void {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9-]*$/.test(definition.key)) problems.push(`key "${definition.key}" is not kebab-case`);
  if (!Number.isInteger(definition.version) || definition.version < 1) {
    problems.push('version must be a positive integer');
  }
  for (const node of allStateNodes(definition.machine)) {
    if (node.after.length) problems.push(`state "${node.id}" uses "after"; use a startTimer effect`);
    for (const event of node.transitions.keys()) {
      if (event.startsWith('xstate.')) continue;
      if (!definition.events[event]) problems.push(`event "${event}" in "${node.id}" has no policy`);
    }
  }
  if (problems.length) {
    throw new RuntimeError(
      'INVALID_DEFINITION',
      `Workflow ${definition.key} v${definition.version} is not runnable: ${problems.join('; ')}`,
      problems,
    );
  }
}
