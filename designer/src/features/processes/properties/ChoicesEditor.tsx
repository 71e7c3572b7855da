import type { Choice } from '../../../lib/definition';

interface Props {
  label: string;
  /** "Outcome" or "Answer": how one row is named in its labels. */
  itemLabel: string;
  value: Choice[] | undefined;
  stepIds: string[];
  onChange: (choices: Choice[] | undefined) => void;
}

/** Named choices (task outcomes, client answers), each leading to a step or ending the stage. */
export function ChoicesEditor({ label, itemLabel, value, stepIds, onChange }: Props) {
  const choices = value ?? [];
  const update = (i: number, change: Partial<Choice>, clear?: 'next' | 'end') =>
    onChange(choices.map((c, j) => {
      if (j !== i) return c;
      const next: Choice = { ...c, ...change };
      if (clear) delete next[clear];
      return next;
    }));
  return (
    <fieldset className="list-editor">
      <legend>{label}</legend>
      {choices.map((choice, i) => (
        <div key={i} className="list-row">
          <label>
            {itemLabel} {i + 1} name
            <input value={choice.name} onChange={(e) => update(i, { name: e.target.value })} />
          </label>
          <label>
            {itemLabel} {i + 1} label
            <input value={choice.label ?? ''} onChange={(e) => update(i, { label: e.target.value || undefined })} />
          </label>
          <label>
            {itemLabel} {i + 1} next step
            <select value={choice.next ?? ''} onChange={(e) => update(i, { next: e.target.value || undefined }, 'end')}>
              <option value="">—</option>
              {stepIds.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          </label>
          <label>
            {itemLabel} {i + 1} ends the stage with
            <input value={choice.end ?? ''} onChange={(e) => update(i, { end: e.target.value || undefined }, 'next')} />
          </label>
          <button type="button" className="link" onClick={() => onChange(choices.length > 1 ? choices.filter((_, j) => j !== i) : undefined)}>
            Remove {itemLabel.toLowerCase()} {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...choices, { name: `${itemLabel.toLowerCase()}-${choices.length + 1}` }])}>
        Add {itemLabel.toLowerCase()}
      </button>
    </fieldset>
  );
}
