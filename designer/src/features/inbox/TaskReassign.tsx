import { useEffect, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { tasksApi } from '../../api/tasks';
import { usersApi, type UserSummary } from '../../api/users';
import { reassignTargets } from './reassignTargets';

interface Props {
  taskId: string;
  holder: string | null;
  onReassigned: () => void;
}

/** Hands the task to someone else or back to a team (for its holder, or a manager). */
export function TaskReassign({ taskId, holder, onReassigned }: Props) {
  const [users, setUsers] = useState<UserSummary[]>([]);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const abort = new AbortController();
    usersApi.list(abort.signal).then(setUsers).catch(() => setUsers([]));
    return () => abort.abort();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await tasksApi.reassign(taskId, target);
      setTarget('');
      onReassigned();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldErrors('user')[0] ?? e.message) : 'The server could not be reached.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="task-reassign" onSubmit={(e) => void submit(e)} aria-label="Reassign">
      <label>
        Give to
        <select value={target} onChange={(e) => setTarget(e.target.value)} aria-invalid={error ? true : undefined}>
          <option value="">— choose —</option>
          {reassignTargets(users, holder).map((t) => (
            <option key={t.value} value={t.value}>{t.label}</option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={busy || !target}>Reassign</button>
      {error && <p role="alert" className="field-error">{error}</p>}
    </form>
  );
}
