import { useEffect, useState, type ReactNode } from 'react';
import type { Stage } from '../../../lib/definition';

interface Props {
  stage: Stage;
  isStart: boolean;
  problems: string[];
  onChange: (change: Partial<Omit<Stage, 'id' | 'steps'>>) => void;
  onRename: (to: string) => void;
  onMakeStart: () => void;
  onOpen?: () => void;
  /** Shown on the process canvas: where each outcome leads. */
  transitions?: ReactNode;
}

/** A stage's own properties: id, name, description, the emails sent on entry. */
export function StageProperties({ stage, isStart, problems, onChange, onRename, onMakeStart, onOpen, transitions }: Props) {
  const [id, setId] = useState(stage.id);
  useEffect(() => setId(stage.id), [stage.id]);
  const emails = stage.onEnter?.emails ?? [];
  return (
    <div className="properties" aria-label={`Properties of stage ${stage.id}`}>
      <h2>Stage: {stage.name || stage.id}</h2>
      {onOpen && <button type="button" className="primary" onClick={onOpen}>Open the stage's steps</button>}
      {problems.length > 0 && (
        <ul className="node-problems" aria-label="Problems in this stage">
          {problems.map((p, i) => <li key={i} className="error">{p}</li>)}
        </ul>
      )}
      <label htmlFor="stage-id">
        Stage id
        <input
          id="stage-id"
          value={id}
          onChange={(e) => setId(e.target.value)}
          onBlur={() => id !== stage.id && onRename(id.trim())}
          onKeyDown={(e) => e.key === 'Enter' && id !== stage.id && onRename(id.trim())}
        />
      </label>
      <label htmlFor="stage-name">
        Stage name
        <input id="stage-name" value={stage.name ?? ''} onChange={(e) => onChange({ name: e.target.value || undefined })} />
      </label>
      <label htmlFor="stage-description">
        Description
        <textarea id="stage-description" rows={3} value={stage.description ?? ''} onChange={(e) => onChange({ description: e.target.value || undefined })} />
      </label>
      <label htmlFor="stage-emails">
        Emails on entry (comma-separated templates)
        <input
          id="stage-emails"
          value={emails.join(', ')}
          onChange={(e) => {
            const list = e.target.value.split(',').map((s) => s.trim()).filter(Boolean);
            onChange({ onEnter: list.length ? { emails: list } : undefined });
          }}
        />
      </label>
      {transitions}
      <p className="muted">First step: {stage.start || '(none yet)'}</p>
      {!isStart && <button type="button" onClick={onMakeStart}>Make this the process's first stage</button>}
    </div>
  );
}
