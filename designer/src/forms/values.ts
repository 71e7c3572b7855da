import type { FormField, FormValues, JsonValue } from './formField';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** An ISO instant as a datetime-local input wants it: local time, to the minute. */
export function toLocalDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

function asText(value: JsonValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** The form's starting state from the server's prefilled values (the engagement's data, else each field's default). */
export function initialValues(fields: FormField[], values: Record<string, JsonValue>): FormValues {
  const state: FormValues = {};
  for (const field of fields) {
    const value = values[field.name] ?? field.default ?? null;
    if (field.type === 'boolean') state[field.name] = value === true || value === 'true';
    else if (field.type === 'multichoice') state[field.name] = Array.isArray(value) ? value.map((v) => asText(v)) : [];
    else if (field.type === 'datetime' && typeof value === 'string' && value) state[field.name] = toLocalDateTime(value);
    else state[field.name] = asText(value);
  }
  return state;
}

const numeric = new Set(['number', 'integer', 'money', 'rating']);

/**
 * The data to submit: empty fields as null (so "required" is the server's call), numbers as numbers when they read
 * as one (otherwise as typed, for the server to name the problem), local date-times as UTC instants.
 */
export function toSubmission(fields: FormField[], state: FormValues): Record<string, JsonValue> {
  const data: Record<string, JsonValue> = {};
  for (const field of fields) {
    const value = state[field.name];
    if (typeof value === 'boolean') {
      data[field.name] = value;
    } else if (Array.isArray(value)) {
      data[field.name] = value.length ? value : null;
    } else {
      const text = (value ?? '').trim();
      if (!text) data[field.name] = null;
      else if (numeric.has(field.type) && Number.isFinite(Number(text))) data[field.name] = Number(text);
      else if (field.type === 'datetime' && !Number.isNaN(new Date(text).getTime())) data[field.name] = new Date(text).toISOString();
      else data[field.name] = text;
    }
  }
  return data;
}
