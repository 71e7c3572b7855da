import type { Exit } from '../../../lib/definition';

interface Props {
  label: string;
  idBase: string;
  value: Exit | undefined;
  stepIds: string[];
  onChange: (exit: Exit) => void;
}

/** Where a path goes: a step of this stage, or the end of the stage with an outcome (one or the other). */
export function ExitEditor({ label, idBase, value, stepIds, onChange }: Props) {
  return (
    <fieldset className="exit-editor">
      <legend>{label}</legend>
      <label>
        Next step
        <select
          id={`${idBase}-next`}
          value={value?.next ?? ''}
          onChange={(e) => onChange(e.target.value ? { next: e.target.value } : {})}
        >
          <option value="">—</option>
          {stepIds.map((id) => <option key={id} value={id}>{id}</option>)}
        </select>
      </label>
      <label>
        Or end the stage with
        <input
          id={`${idBase}-end`}
          value={value?.end ?? ''}
          placeholder="outcome"
          onChange={(e) => onChange(e.target.value ? { end: e.target.value } : {})}
        />
      </label>
    </fieldset>
  );
}
