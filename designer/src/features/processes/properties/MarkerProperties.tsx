import { useEffect, useState } from 'react';

interface Props {
  /** "Stage end" or "Finish". */
  title: string;
  label: string;
  value: string;
  help: string;
  onRename: (to: string) => void;
}

/** The name of a stage-end outcome or a finish result, renamed everywhere it is used. */
export function MarkerProperties({ title, label, value, help, onRename }: Props) {
  const [name, setName] = useState(value);
  useEffect(() => setName(value), [value]);
  const commit = () => name.trim() && name !== value && onRename(name.trim());
  return (
    <div className="properties">
      <h2>{title}: {value}</h2>
      <label htmlFor="marker-name">
        {label}
        <input id="marker-name" value={name} onChange={(e) => setName(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      </label>
      <p className="muted">{help}</p>
    </div>
  );
}
