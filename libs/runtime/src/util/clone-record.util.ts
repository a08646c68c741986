/**
 * A deep copy of a stored record: JSON values and dates, as records and snapshots are. Several times
 * faster than `structuredClone`, which serialises the whole value to copy it; anything else a record
 * might carry (a typed array, a map) still goes through `structuredClone`.
 */
export function cloneRecord<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  if (value instanceof Date) return new Date(value.getTime());
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copied: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copied[key] = copy((value as Record<string, unknown>)[key]);
  return copied;
}
