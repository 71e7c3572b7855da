import type { FormField } from './formField';
import { inputType, numberStep } from './hints';

interface Props {
  id: string;
  field: FormField;
  value: string | boolean | string[];
  describedBy: string | undefined;
  invalid: boolean;
  disabled: boolean;
  onChange: (value: string | boolean | string[]) => void;
}

const ratings = Array.from({ length: 11 }, (_, i) => String(i));

/** The control for one field, chosen by its type; an unknown type is edited as text. */
export function FieldInput({ id, field, value, describedBy, invalid, disabled, onChange }: Props) {
  const common = {
    id,
    name: field.name,
    disabled,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': field.required || undefined,
  };
  const text = typeof value === 'string' ? value : '';
  const list = Array.isArray(value) ? value : [];

  switch (field.type) {
    case 'multiline':
      return <textarea {...common} rows={4} value={text} maxLength={field.maxLength ?? undefined} onChange={(e) => onChange(e.target.value)} />;
    case 'boolean':
      return (
        <span className="checkbox-line">
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />
          <span aria-hidden="true">Yes</span>
        </span>
      );
    case 'choice':
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          <option value="">— choose —</option>
          {field.options.map((o) => (
            <option key={o} value={o}>{o}</option>
          ))}
        </select>
      );
    case 'multichoice':
      return (
        <span className="option-list">
          {field.options.map((o) => (
            <label key={o} className="checkbox-line">
              <input
                type="checkbox"
                name={field.name}
                value={o}
                disabled={disabled}
                checked={list.includes(o)}
                onChange={(e) => onChange(e.target.checked ? [...list, o] : list.filter((x) => x !== o))}
              />
              {o}
            </label>
          ))}
        </span>
      );
    case 'rating':
      return (
        <span className="option-list rating">
          {ratings.map((r) => (
            <label key={r} className="checkbox-line">
              <input type="radio" name={field.name} value={r} disabled={disabled} checked={text === r} onChange={() => onChange(r)} />
              {r}
            </label>
          ))}
        </span>
      );
    default:
      return (
        <input
          {...common}
          type={inputType(field.type)}
          value={text}
          step={numberStep(field.type)}
          min={field.min ?? undefined}
          max={field.max ?? undefined}
          maxLength={field.maxLength ?? undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
