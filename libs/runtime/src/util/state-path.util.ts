/** A state value as dotted leaf paths: `{ decision: 'council' }` → `['decision.council']`. */
export function stateValueToPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .flatMap(([key, child]) => {
        const childPaths = stateValueToPaths(child, `${prefix}${key}.`);
        return childPaths.length ? childPaths : [prefix + key];
      })
      .sort();
  }
  return [];
}

/** The single string stored and filtered on; parallel regions are joined with commas. */
export function stateValueToString(value: unknown): string {
  return stateValueToPaths(value).join(',');
}

/** Whether a stored state string is `path` or inside it (`decision` matches `decision.council`). */
export function stateMatches(state: string, path: string): boolean {
  return state.split(',').some((leaf) => leaf === path || leaf.startsWith(`${path}.`));
}
