import { useEffect, useState } from 'react';
import type { StepTypeInfo } from '../../../api/stepTypes';
import type { Step } from '../../../lib/definition';
import { PropertyField } from './PropertyField';
import type { PropertyContext } from './PropertyContext';

interface Props {
  step: Step;
  isStart: boolean;
  info: StepTypeInfo | undefined;
  context: PropertyContext;
  problems: string[];
  onChange: (step: Step) => void;
  onRename: (to: string) => void;
  onMakeStart: () => void;
}

/** Sets one property; a property of a group (next / end / outcomes) replaces the others of its group. */
function withProperty(step: Step, info: StepTypeInfo | undefined, name: string, value: unknown): Step {
  const next: Step = { ...step };
  const group = info?.properties.find((p) => p.name === name)?.group;
  if (value === undefined || (Array.isArray(value) && value.length === 0 && name !== 'branches')) delete next[name];
  else {
    next[name] = value;
    if (group) for (const other of info?.properties ?? []) if (other.group === group && other.name !== name) delete next[other.name];
  }
  return next;
}

/** The selected step's panel, generated from its type's metadata: no hand-written panel per step type. */
export function StepProperties({ step, isStart, info, context, problems, onChange, onRename, onMakeStart }: Props) {
  const [id, setId] = useState(step.id);
  useEffect(() => setId(step.id), [step.id]);

  return (
    <div className="properties" aria-label={`Properties of ${step.id}`}>
      <h2>{info?.label ?? step.type}: {step.id}</h2>
      {info && <p className="muted">{info.description}</p>}
      {problems.length > 0 && (
        <ul className="node-problems" aria-label="Problems on this step">
          {problems.map((p, i) => <li key={i} className="error">{p}</li>)}
        </ul>
      )}
      <label htmlFor="prop-id">
        Step id
        <input
          id="prop-id"
          value={id}
          onChange={(e) => setId(e.target.value)}
          onBlur={() => id !== step.id && onRename(id.trim())}
          onKeyDown={(e) => e.key === 'Enter' && id !== step.id && onRename(id.trim())}
        />
      </label>
      <label htmlFor="prop-name">
        Display name
        <input id="prop-name" value={typeof step.name === 'string' ? step.name : ''} onChange={(e) => onChange(withProperty(step, info, 'name', e.target.value || undefined))} />
      </label>
      {!isStart && <button type="button" onClick={onMakeStart}>Make this the stage's first step</button>}
      {(info?.properties ?? []).map((p) => (
        <PropertyField key={p.name} info={p} value={step[p.name]} context={context} onChange={(v) => onChange(withProperty(step, info, p.name, v))} />
      ))}
    </div>
  );
}
