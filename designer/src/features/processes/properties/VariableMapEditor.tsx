interface Props {
  value: Record<string, string> | undefined;
  onChange: (value: Record<string, string> | undefined) => void;
}

/** Variable names mapped to the expressions computing them. */
export function VariableMapEditor({ value, onChange }: Props) {
  const rows = Object.entries(value ?? {});
  const write = (next: [string, string][]) => onChange(next.length ? Object.fromEntries(next) : undefined);
  return (
    <fieldset className="list-editor">
      <legend>Set</legend>
      {rows.map(([name, expression], i) => (
        <div key={i} className="list-row">
          <label>
            Variable {i + 1}
            <input value={name} onChange={(e) => write(rows.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
          </label>
          <label>
            Variable {i + 1} expression
            <input className="code" value={expression} onChange={(e) => write(rows.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
          </label>
          <button type="button" className="link" onClick={() => write(rows.filter((_, j) => j !== i))}>Remove variable {i + 1}</button>
        </div>
      ))}
      <button type="button" onClick={() => write([...rows, [`variable_${rows.length + 1}`, '']])}>Add variable</button>
    </fieldset>
  );
}
