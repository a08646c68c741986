type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Applies the designer's conditions (`allOf: [{ if: { properties: { x: { const } }, required: [x] }, then }]`)
 * to `data` ahead of rjsf. rjsf decides `if` with AJV, which compiles code the engine's Content Security
 * Policy forbids, so in the served app every condition would read as false. Other `allOf` parts stay for
 * rjsf; the engine still validates the submission against the full schema.
 */
export function resolveConditions(schema: Json, data: Json): Json {
  if (!Array.isArray(schema.allOf)) return schema;
  let properties: Json = isObject(schema.properties) ? { ...schema.properties } : {};
  let required = Array.isArray(schema.required) ? [...schema.required] : [];
  const rest: unknown[] = [];
  for (const part of schema.allOf) {
    const test = isObject(part) && isObject(part.if) && isObject(part.if.properties) ? Object.entries(part.if.properties) : [];
    if (!isObject(part) || !isObject(part.then) || test.length !== 1 || !isObject(test[0][1]) || !('const' in test[0][1])) {
      rest.push(part);
      continue;
    }
    const [field, condition] = test[0] as [string, Json];
    if (data[field] !== condition.const) continue;
    if (isObject(part.then.properties)) properties = { ...properties, ...part.then.properties };
    if (Array.isArray(part.then.required)) required = [...new Set([...required, ...part.then.required])];
  }
  const { allOf: _allOf, ...root } = schema;
  return { ...root, properties, required, ...(rest.length ? { allOf: rest } : {}) };
}
