import type { JsonValue } from '../../forms/formField';

function show(value: JsonValue): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value || '—';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  // Structured data (the client, the agency) reads better one member a line than as JSON.
  return Object.entries(value).map(([k, v]) => `${k}: ${show(v)}`).join('\n');
}

/** The engagement's data, by name. */
export function Variables({ variables }: { variables: Record<string, JsonValue> }) {
  const entries = Object.entries(variables).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p className="muted">No data yet.</p>;
  return (
    <dl className="variables">
      {entries.map(([name, value]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>{show(value)}</dd>
        </div>
      ))}
    </dl>
  );
}
