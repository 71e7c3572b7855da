/** A step property as display text: strings as they are, anything else as nothing. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
