import type { Form, FormField } from '../../../lib/definition';
import { NUMERIC_FIELD_TYPES, OPTION_FIELD_TYPES } from './PropertyContext';

interface Props {
  label: string;
  value: Form | undefined;
  /** The field types the engine accepts (from the step-type metadata). */
  fieldTypes: string[];
  onChange: (form: Form | undefined) => void;
}

const numberOrUndefined = (text: string) => (text === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** A human task's (or a client wait's) form: each field's name, label, type, whether required, and its rules. */
export function FormEditor({ label, value, fieldTypes, onChange }: Props) {
  const fields = value?.fields ?? [];
  const write = (next: FormField[]) => onChange(next.length ? { fields: next } : undefined);
  const update = (i: number, change: Partial<FormField>) =>
    write(fields.map((f, j) => {
      if (j !== i) return f;
      const next: FormField = { ...f, ...change };
      for (const key of Object.keys(next) as (keyof FormField)[]) if (next[key] === undefined) delete next[key];
      // Rules that do not apply to the new type would make the definition invalid; drop them with the type change.
      if (!NUMERIC_FIELD_TYPES.includes(next.type)) { delete next.min; delete next.max; }
      if (!OPTION_FIELD_TYPES.includes(next.type)) delete next.options;
      else if (!next.options?.length) next.options = ['option-1'];
      return next;
    }));
  return (
    <fieldset className="list-editor form-editor">
      <legend>{label}</legend>
      {fields.map((field, i) => {
        const n = `Field ${i + 1}`;
        return (
          <details key={i} className="list-row" open={fields.length <= 2}>
            <summary>{field.label || field.name || n} <span className="muted">({field.type}{field.required ? ', required' : ''})</span></summary>
            <label>{n} name<input value={field.name} onChange={(e) => update(i, { name: e.target.value })} /></label>
            <label>{n} label<input value={field.label ?? ''} onChange={(e) => update(i, { label: e.target.value || undefined })} /></label>
            <label>
              {n} type
              <select value={field.type} onChange={(e) => update(i, { type: e.target.value })}>
                {fieldTypes.map((t) => <option key={t} value={t}>{t}</option>)}
              </select>
            </label>
            <label className="inline">
              <input type="checkbox" checked={field.required ?? false} onChange={(e) => update(i, { required: e.target.checked || undefined })} />
              {n} required
            </label>
            {NUMERIC_FIELD_TYPES.includes(field.type) && (
              <div className="pair">
                <label>{n} min<input type="number" value={field.min ?? ''} onChange={(e) => update(i, { min: numberOrUndefined(e.target.value) })} /></label>
                <label>{n} max<input type="number" value={field.max ?? ''} onChange={(e) => update(i, { max: numberOrUndefined(e.target.value) })} /></label>
              </div>
            )}
            <div className="pair">
              <label>{n} min length<input type="number" min={0} value={field.minLength ?? ''} onChange={(e) => update(i, { minLength: numberOrUndefined(e.target.value) })} /></label>
              <label>{n} max length<input type="number" min={0} value={field.maxLength ?? ''} onChange={(e) => update(i, { maxLength: numberOrUndefined(e.target.value) })} /></label>
            </div>
            <label>{n} pattern<input className="code" value={field.pattern ?? ''} onChange={(e) => update(i, { pattern: e.target.value || undefined })} /></label>
            {OPTION_FIELD_TYPES.includes(field.type) && (
              <label>
                {n} options (comma-separated)
                <input
                  value={(field.options ?? []).join(', ')}
                  onChange={(e) => update(i, { options: e.target.value.split(',').map((o) => o.trim()).filter(Boolean) })}
                />
              </label>
            )}
            <label>{n} help<input value={field.help ?? ''} onChange={(e) => update(i, { help: e.target.value || undefined })} /></label>
            <button type="button" className="link" onClick={() => write(fields.filter((_, j) => j !== i))}>Remove field {i + 1}</button>
          </details>
        );
      })}
      <button type="button" onClick={() => write([...fields, { name: `field_${fields.length + 1}`, type: 'text' }])}>Add field</button>
    </fieldset>
  );
}
