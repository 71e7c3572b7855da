import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { engagementsApi } from '../../api/engagements';
import { ApiError } from '../../api/problem';
import { usersApi, type UserSummary } from '../../api/users';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { splitErrors, type SplitErrors } from '../../forms/errors';
import { FieldFrame } from '../../forms/FieldFrame';
import { toHandoffRequest, type HandoffDraft as Draft } from './handoffRequest';
import './engagements.css';

const fieldNames = ['client.name', 'client.company', 'client.email', 'client.phone', 'owner', 'notes', 'budget', 'currency'];

/** The Sales handoff at /engagements/new: starts an engagement, then shows it. */
export function HandoffPage() {
  const { me } = useSession();
  const navigate = useNavigate();
  const [owners, setOwners] = useState<UserSummary[]>([]);
  const [draft, setDraft] = useState<Draft>({
    name: '', company: '', email: '', phone: '', owner: me.roles.includes('account') ? me.userName : '', notes: '', budget: '', currency: 'EUR',
  });
  const [errors, setErrors] = useState<SplitErrors>({ byField: {}, other: [] });
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    usersApi
      .list(abort.signal)
      .then((users) => setOwners(users.filter((u) => u.roles.includes('account'))))
      .catch(() => setOwners([]));
    return () => abort.abort();
  }, []);

  if (!can.startEngagement(me)) return <p role="alert" className="error">Your role cannot start engagements.</p>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setErrors({ byField: {}, other: [] });
    try {
      const created = await engagementsApi.handoff(toHandoffRequest(draft));
      void navigate(`/engagements/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors) setErrors(splitErrors(e.problem.errors, fieldNames));
      else setErrors({ byField: {}, other: [e instanceof ApiError ? e.message : 'The server could not be reached.'] });
      setBusy(false);
    }
  }

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));
  const field = (key: keyof Draft, name: string, label: string, options: { required?: boolean; hint?: string; type?: string; autoComplete?: string } = {}) => (
    <FieldFrame id={`handoff-${key}`} label={label} required={options.required} hints={options.hint ? [options.hint] : []} errors={errors.byField[name]}>
      {(describedBy, invalid) => (
        <input
          id={`handoff-${key}`}
          name={name}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete}
          value={draft[key]}
          onChange={set(key)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          aria-required={options.required || undefined}
        />
      )}
    </FieldFrame>
  );
  const fieldErrorCount = Object.keys(errors.byField).length;

  return (
    <div className="handoff">
      <h1>New engagement</h1>
      <p className="muted">Sales hands a client over: the engagement starts at the handoff stage and the owner gets the first task.</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Handoff">
        {(fieldErrorCount > 0 || errors.other.length > 0) && (
          <div role="alert" className="form-errors">
            {fieldErrorCount > 0 && 'The handoff is incomplete: please correct the fields marked below.'}
            {errors.other.length > 0 && <ul>{errors.other.map((m) => <li key={m}>{m}</li>)}</ul>}
          </div>
        )}
        <fieldset className="handoff-group">
          <legend>Client</legend>
          {field('name', 'client.name', 'Contact name', { required: true, autoComplete: 'off' })}
          {field('company', 'client.company', 'Company', { required: true, autoComplete: 'off' })}
          {field('email', 'client.email', 'Email', { required: true, type: 'email', hint: 'Every client email and link goes here', autoComplete: 'off' })}
          {field('phone', 'client.phone', 'Phone', { type: 'tel', autoComplete: 'off' })}
        </fieldset>
        <fieldset className="handoff-group">
          <legend>Engagement</legend>
          <FieldFrame id="handoff-owner" label="Owner" hints={['The account person who looks after the client; without one, the account team gets the first task']} errors={errors.byField.owner}>
            {(describedBy, invalid) => (
              <select id="handoff-owner" name="owner" value={draft.owner} onChange={set('owner')} aria-describedby={describedBy} aria-invalid={invalid || undefined}>
                <option value="">The account team</option>
                {owners.map((u) => (
                  <option key={u.userName} value={u.userName}>{u.displayName} ({u.userName})</option>
                ))}
                {draft.owner && !owners.some((u) => u.userName === draft.owner) && <option value={draft.owner}>{draft.owner}</option>}
              </select>
            )}
          </FieldFrame>
          <div className="handoff-row">
            {field('budget', 'budget', 'Budget', { type: 'number', hint: 'Not negative' })}
            {field('currency', 'currency', 'Currency', { hint: 'Three letters, e.g. EUR' })}
          </div>
          <FieldFrame id="handoff-notes" label="Notes from Sales" errors={errors.byField.notes}>
            {(describedBy) => <textarea id="handoff-notes" name="notes" rows={4} value={draft.notes} onChange={set('notes')} aria-describedby={describedBy} />}
          </FieldFrame>
        </fieldset>
        <div className="form-buttons">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Starting…' : 'Start engagement'}</button>
          <button type="button" onClick={() => void navigate('/engagements')}>Cancel</button>
        </div>
      </form>
    </div>
  );
}
