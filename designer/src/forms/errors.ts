/** Server field errors split into those a visible field shows and the rest, which the form shows at the top. */
export interface SplitErrors {
  byField: Record<string, string[]>;
  other: string[];
}

/**
 * Matches the keys of a ProblemDetails `errors` map to field names. The engine names a form field by its name;
 * `data.x` and JSON Pointers (`/data/x`) are accepted as well, so either spelling reaches the field.
 */
export function splitErrors(errors: Record<string, string[]> | undefined, fieldNames: readonly string[]): SplitErrors {
  const known = new Set(fieldNames);
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const name = fieldKey(key);
    if (known.has(name)) byField[name] = [...(byField[name] ?? []), ...messages];
    else other.push(...messages);
  }
  return { byField, other };
}

function fieldKey(key: string): string {
  if (key.startsWith('/')) key = key.slice(1).replaceAll('/', '.');
  return key.startsWith('data.') ? key.slice('data.'.length) : key;
}
