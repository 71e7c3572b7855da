import type { Case } from '../../../lib/definition';

interface Props {
  value: Case[] | undefined;
  stepIds: string[];
  onChange: (cases: Case[] | undefined) => void;
}

/** Decision cases, tried in order: a condition and where it leads. */
export function CasesEditor({ value, stepIds, onChange }: Props) {
  const cases = value ?? [];
  const update = (i: number, change: Partial<Case>, clear?: 'next' | 'end') =>
    onChange(cases.map((c, j) => {
      if (j !== i) return c;
      const next: Case = { ...c, ...change };
      if (clear) delete next[clear];
      return next;
    }));
  return (
    <fieldset className="list-editor">
      <legend>Cases</legend>
      {cases.map((c, i) => (
        <div key={i} className="list-row">
          <label>
            Case {i + 1} when
            <input className="code" value={c.when} placeholder="budget > 10000" onChange={(e) => update(i, { when: e.target.value })} />
          </label>
          <label>
            Case {i + 1} next step
            <select value={c.next ?? ''} onChange={(e) => update(i, { next: e.target.value || undefined }, 'end')}>
              <option value="">—</option>
              {stepIds.map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
          </label>
          <label>
            Case {i + 1} ends the stage with
            <input value={c.end ?? ''} onChange={(e) => update(i, { end: e.target.value || undefined }, 'next')} />
          </label>
          <button type="button" className="link" onClick={() => onChange(cases.length > 1 ? cases.filter((_, j) => j !== i) : undefined)}>
            Remove case {i + 1}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...cases, { when: '' }])}>Add case</button>
    </fieldset>
  );
}
