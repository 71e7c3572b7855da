import type { Definition } from '../../../lib/definition';

interface Props {
  definition: Definition;
  onChange: (change: Partial<Pick<Definition, 'name' | 'description'>>) => void;
}

/** The process's own properties, shown when nothing is selected on the process canvas. */
export function ProcessProperties({ definition, onChange }: Props) {
  return (
    <div className="properties" aria-label="Process properties">
      <h2>Process</h2>
      <p className="muted">Id: <code>{definition.id}</code> · first stage: {definition.start || '(none yet)'}</p>
      <label htmlFor="process-name">
        Process name
        <input id="process-name" value={definition.name} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      <label htmlFor="process-description">
        Description
        <textarea id="process-description" rows={4} value={definition.description ?? ''} onChange={(e) => onChange({ description: e.target.value || undefined })} />
      </label>
      <p className="muted">Select a stage or a connection to edit it; drag a stage from the palette to add one.</p>
    </div>
  );
}
