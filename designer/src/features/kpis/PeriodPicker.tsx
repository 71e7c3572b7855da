import { presets, type Period } from './period';

interface Props {
  period: Period;
  onChange: (period: Period) => void;
}

/** From/to dates (to inclusive) with quick presets. */
export function PeriodPicker({ period, onChange }: Props) {
  return (
    <fieldset className="kpi-period">
      <legend>Period</legend>
      <label>
        From
        <input type="date" value={period.from} max={period.to} onChange={(e) => onChange({ ...period, from: e.target.value })} />
      </label>
      <label>
        To
        <input type="date" value={period.to} min={period.from} onChange={(e) => onChange({ ...period, to: e.target.value })} />
      </label>
      <div className="kpi-presets" role="group" aria-label="Preset periods">
        {presets(new Date()).map((p) => (
          <button key={p.label} type="button" onClick={() => onChange(p.period)}>{p.label}</button>
        ))}
      </div>
    </fieldset>
  );
}
