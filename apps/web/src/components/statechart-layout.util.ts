/** The top-level state holding `path`: `decision.council.voting` → `decision`. */
export const topLevelOf = (path: string): string => path.split('.')[0];

/** Whether the box for `path` holds an instance at `current` (itself or one of its descendants); parallel
 * states are stored side by side ("a.b,a.c") and each part counts. */
export function isOnPath(path: string, current: string): boolean {
  return current.split(',').some((part) => part === path || part.startsWith(`${path}.`));
}

/** Instances per box: a state counts every instance in its descendants. */
export function countsByPath(paths: string[], stats: Array<{ state: string; count: number }>): Map<string, number> {
  return new Map(
    paths.map((path) => [path, stats.filter((row) => isOnPath(path, row.state)).reduce((sum, row) => sum + row.count, 0)]),
  );
}
