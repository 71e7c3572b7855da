import type { FormField } from './formField';

const typeHints: Record<string, string> = {
  email: 'An email address',
  url: 'A web address (http or https)',
  integer: 'A whole number',
  money: 'An amount',
  rating: 'A score from 0 to 10',
  multichoice: 'Choose any that apply',
};

function range(low: number | null | undefined, high: number | null | undefined, unit: string): string | null {
  const suffix = unit ? ` ${unit}` : '';
  if (low != null && high != null) return `${low} to ${high}${suffix}`;
  if (low != null) return `at least ${low}${suffix}`;
  if (high != null) return `at most ${high}${suffix}`;
  return null;
}

/**
 * What the field's rules ask for, in words, shown under the field before anything is submitted; the server still
 * judges the submission and its messages replace nothing here.
 */
export function hintsFor(field: FormField): string[] {
  const hints: string[] = [];
  if (field.help) hints.push(field.help);
  const typeHint = typeHints[field.type];
  if (typeHint) hints.push(typeHint);
  const length = range(field.minLength, field.maxLength, 'characters');
  if (length) hints.push(capitalise(length));
  const bounds = field.type === 'rating' ? null : range(field.min, field.max, '');
  if (bounds) hints.push(capitalise(bounds));
  if (field.pattern) hints.push(`In the format ${field.pattern}`);
  return hints;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The HTML type of the input for a field type (choice, multichoice, boolean, multiline and rating have their own controls). */
export function inputType(type: string): string {
  switch (type) {
    case 'number':
    case 'integer':
    case 'money':
      return 'number';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime-local';
    case 'email':
      return 'email';
    case 'url':
      return 'url';
    case 'phone':
      return 'tel';
    default:
      return 'text';
  }
}

/** The step of a number input: whole numbers for integers, cents for money. */
export function numberStep(type: string): string | undefined {
  if (type === 'integer') return '1';
  if (type === 'money') return '0.01';
  if (type === 'number') return 'any';
  return undefined;
}
