import './forms.css';
import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: string;
  required?: boolean;
  hints?: string[];
  errors?: string[];
  /** Groups of radios or checkboxes are a fieldset with a legend rather than a label. */
  group?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

/**
 * A field's label (with a required marker), its control, the rules as a hint and the server's messages, wired
 * together with aria-describedby so a screen reader reads all of it.
 */
export function FieldFrame({ id, label, required = false, hints = [], errors = [], group = false, children }: Props) {
  const hintId = hints.length ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  const invalid = errors.length > 0;
  const caption = (
    <>
      {label}
      {required && (
        <span className="required-marker" title="required">
          {' '}*<span className="visually-hidden"> (required)</span>
        </span>
      )}
    </>
  );
  const messages = (
    <>
      {hintId && <span id={hintId} className="field-hint">{hints.join(' · ')}</span>}
      {errorId && (
        <span id={errorId} className="field-error">
          {errors.join(' ')}
        </span>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset className={`form-field${invalid ? ' invalid' : ''}`} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
        <legend>{caption}</legend>
        {children(describedBy, invalid)}
        {messages}
      </fieldset>
    );
  }
  return (
    <div className={`form-field${invalid ? ' invalid' : ''}`}>
      <label htmlFor={id} className="form-field-label">{caption}</label>
      {children(describedBy, invalid)}
      {messages}
    </div>
  );
}
