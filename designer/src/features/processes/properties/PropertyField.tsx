import type { StepPropertyInfo } from '../../../api/stepTypes';
import type { Case, Choice, Exit, Form } from '../../../lib/definition';
import { CasesEditor } from './CasesEditor';
import { ChoicesEditor } from './ChoicesEditor';
import { ExitEditor } from './ExitEditor';
import { FormEditor } from './FormEditor';
import { ASSIGNEE_SUGGESTIONS, type PropertyContext } from './PropertyContext';
import { VariableMapEditor } from './VariableMapEditor';

interface Props {
  info: StepPropertyInfo;
  value: unknown;
  context: PropertyContext;
  onChange: (value: unknown) => void;
}

const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const asList = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** One generated editor for a step property, chosen by the property's kind from the step-type metadata. */
export function PropertyField({ info, value, context, onChange }: Props) {
  const id = `prop-${info.name}`;
  const caption = (
    <span>
      {info.label}
      {info.required && <span className="required" aria-hidden="true"> *</span>}
    </span>
  );
  const help = info.help ? <small className="muted">{info.help}</small> : null;
  const text = (extra: { className?: string; placeholder?: string; list?: string } = {}) => (
    <label htmlFor={id}>
      {caption}
      <input id={id} value={asString(value)} required={info.required} onChange={(e) => onChange(e.target.value || undefined)} {...extra} />
      {help}
    </label>
  );

  switch (info.kind) {
    case 'text':
    case 'textTemplate':
    case 'documentName':
    case 'outcome':
      return text();
    case 'expression':
      return text({ className: 'code', placeholder: 'budget > 10000' });
    case 'duration':
      return text({ placeholder: 'P3D, PT4H or {{ date }}' });
    case 'userOrRole':
      return (
        <>
          {text({ list: `${id}-suggestions`, placeholder: 'user, role:name or group:name' })}
          <datalist id={`${id}-suggestions`}>
            {ASSIGNEE_SUGGESTIONS.map((s) => <option key={s} value={s} />)}
          </datalist>
        </>
      );
    case 'choice':
      return (
        <label htmlFor={id}>
          {caption}
          <select id={id} value={asString(value)} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">—</option>
            {(info.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
          {help}
        </label>
      );
    case 'template': {
      const names = context.templates.filter((t) => !info.folder || t.folder === info.folder).map((t) => t.name);
      const current = asString(value);
      return (
        <label htmlFor={id}>
          {caption}
          <select id={id} value={current} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">—</option>
            {current && !names.includes(current) && <option value={current}>{current} (missing)</option>}
            {names.map((n) => <option key={n} value={n}>{n}</option>)}
          </select>
          {help}
        </label>
      );
    }
    case 'documents':
      return (
        <label htmlFor={id}>
          {caption}
          <input
            id={id}
            value={asList(value).join(', ')}
            placeholder="proposal, closure"
            onChange={(e) => {
              const list = e.target.value.split(',').map((s) => s.trim()).filter(Boolean);
              onChange(list.length ? list : undefined);
            }}
          />
          {help}
        </label>
      );
    case 'stepRef':
      return (
        <label htmlFor={id}>
          {caption}
          <select id={id} value={asString(value)} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">—</option>
            {context.stepIds.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
          {help}
        </label>
      );
    case 'stepRefs': {
      const chosen = asList(value);
      return (
        <fieldset className="list-editor">
          <legend>{caption}</legend>
          {context.stepIds.map((s) => (
            <label key={s} className="inline">
              <input
                type="checkbox"
                checked={chosen.includes(s)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, s] : chosen.filter((c) => c !== s))}
              />
              {s}
            </label>
          ))}
        </fieldset>
      );
    }
    case 'exit':
      return <ExitEditor label={info.label} idBase={id} value={value as Exit | undefined} stepIds={context.stepIds} onChange={(e) => onChange(e.next || e.end ? e : undefined)} />;
    case 'choices':
      return (
        <ChoicesEditor
          label={info.label}
          itemLabel={info.name === 'responses' ? 'Answer' : 'Outcome'}
          value={value as Choice[] | undefined}
          stepIds={context.stepIds}
          onChange={onChange}
        />
      );
    case 'cases':
      return <CasesEditor value={value as Case[] | undefined} stepIds={context.stepIds} onChange={onChange} />;
    case 'variableMap':
      return <VariableMapEditor value={value as Record<string, string> | undefined} onChange={onChange} />;
    case 'form':
      return <FormEditor label={info.label} value={value as Form | undefined} fieldTypes={info.options ?? ['text']} onChange={onChange} />;
    default:
      return text();
  }
}
