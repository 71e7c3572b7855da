import { FieldFrame } from './FieldFrame';
import { FieldInput } from './FieldInput';
import type { FormField, FormValues } from './formField';
import { hintsFor } from './hints';

interface Props {
  /** Prefix for element ids, so two forms on a page do not clash. */
  idPrefix: string;
  fields: FormField[];
  values: FormValues;
  errors: Record<string, string[]>;
  disabled?: boolean;
  onChange: (name: string, value: string | boolean | string[]) => void;
}

const grouped = new Set(['multichoice', 'rating']);

/** A task's form rendered from its definition: every field with its label, required marker, hints and errors. */
export function FormFields({ idPrefix, fields, values, errors, disabled = false, onChange }: Props) {
  return (
    <>
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        return (
          <FieldFrame
            key={field.name}
            id={id}
            label={field.label}
            required={field.required}
            hints={hintsFor(field)}
            errors={errors[field.name]}
            group={grouped.has(field.type)}
          >
            {(describedBy, invalid) => (
              <FieldInput
                id={id}
                field={field}
                value={values[field.name] ?? ''}
                describedBy={describedBy}
                invalid={invalid}
                disabled={disabled}
                onChange={(value) => onChange(field.name, value)}
              />
            )}
          </FieldFrame>
        );
      })}
    </>
  );
}
