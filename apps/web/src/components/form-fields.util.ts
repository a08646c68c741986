type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The form's own top-level fields in display order: declared ones, then those a condition adds. */
export function topLevelFields(schema: Json): string[] {
  const fields: string[] = [];
  const add = (node: unknown) => {
    if (!isObject(node) || !isObject(node.properties)) return;
    for (const [key, child] of Object.entries(node.properties)) {
      // Headings and help texts (`type: null`) hold no data.
      if (isObject(child) && child.type !== 'null' && !fields.includes(key)) fields.push(key);
    }
  };
  add(schema);
  if (Array.isArray(schema.allOf)) {
    for (const part of schema.allOf) {
      if (!isObject(part)) continue;
      add(part.then);
      add(part.else);
    }
  }
  return fields;
}

/** Only the values the form has a field for: what a step's form may be prefilled with and send back. */
export function pickFormFields(schema: Json, data: Json): Json {
  return Object.fromEntries(topLevelFields(schema).filter((key) => key in data).map((key) => [key, data[key]]));
}

/** What was submitted through a form's events, oldest first, each edit merged over the last. */
export function submittedThrough(events: readonly string[], history: ReadonlyArray<{ event: string; data: unknown }>): Json {
  let merged: Json = {};
  for (const entry of history) if (events.includes(entry.event) && isObject(entry.data)) merged = { ...merged, ...entry.data };
  return merged;
}
