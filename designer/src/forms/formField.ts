/** A JSON value as the server stores form values and variables. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The form field types the engine knows (FieldTypes.Form on the server). */
export type FieldType =
  | 'text'
  | 'multiline'
  | 'number'
  | 'integer'
  | 'money'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'email'
  | 'url'
  | 'phone'
  | 'choice'
  | 'multichoice'
  | 'rating';

/** A field of a human task's form and its rules, as GET /api/tasks/{id} sends it. */
export interface FormField {
  name: string;
  label: string;
  /** A FieldType; kept as string because a newer server may send types this app does not know yet (shown as text). */
  type: string;
  required: boolean;
  min?: number | null;
  max?: number | null;
  minLength?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
  options: string[];
  default?: JsonValue;
  help?: string | null;
}

/** What the user has typed or chosen so far, per field name: text for inputs, booleans and lists for the rest. */
export type FormValues = Record<string, string | boolean | string[]>;
