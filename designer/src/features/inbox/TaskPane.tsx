import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Me } from '../../api/auth';
import { can } from '../../auth/permissions';
import { ApiError } from '../../api/problem';
import { tasksApi, type CompleteResponse, type TaskDetail } from '../../api/tasks';
import { splitErrors, type SplitErrors } from '../../forms/errors';
import type { FormValues } from '../../forms/formField';
import { FormFields } from '../../forms/FormFields';
import { initialValues, toSubmission } from '../../forms/values';
import { formatDateTime, isOverdue } from './dates';
import { describeChange } from './taskChange';
import { TaskComments } from './TaskComments';
import { TaskReassign } from './TaskReassign';

interface Props {
  me: Me;
  taskId: string;
  /** Goes up when the inbox refreshes: the pane then checks whether someone else changed the task meanwhile. */
  refreshTick: number;
  /** Called after a claim or unclaim, or when someone else changed the task, so the list shows its new state. */
  onChanged: () => void;
  onCompleted: (response: CompleteResponse) => void;
}

const noErrors: SplitErrors = { byField: {}, other: [] };

function message(e: unknown): string {
  return e instanceof ApiError ? e.message : 'The server could not be reached.';
}

/**
 * The third pane: the selected task, its form and outcome buttons, claim/unclaim and comments. When someone else
 * completes, takes or hands on the task while it is open, the pane says so (on the inbox's refresh, or when the
 * server refuses the completion) and keeps what the reader typed, so nothing is lost without a word.
 */
export function TaskPane({ me, taskId, refreshTick, onChanged, onCompleted }: Props) {
  const [detail, setDetail] = useState<TaskDetail | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<SplitErrors>(noErrors);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState<string | null>(null);
  // Read by the refresh without making it re-run when the reader acts.
  const state = useRef({ detail, busy });
  useEffect(() => {
    state.current = { detail, busy };
  }, [detail, busy]);

  useEffect(() => {
    const abort = new AbortController();
    setDetail(null);
    setErrors(noErrors);
    setLoadError(null);
    tasksApi
      .get(taskId, abort.signal)
      .then((d) => {
        setDetail(d);
        setValues(initialValues(d.form, d.values));
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setLoadError(message(e));
      });
    return () => abort.abort();
  }, [taskId]);

  useEffect(() => {
    const shown = state.current.detail;
    if (refreshTick === 0 || !shown || state.current.busy) return;
    const abort = new AbortController();
    tasksApi
      .get(taskId, abort.signal)
      .then((fresh) => {
        // The reader may have acted while this was on its way; their action reloads the task itself.
        if (state.current.detail !== shown || state.current.busy) return;
        takeNews(shown, fresh);
      })
      .catch(() => {
        // A refresh that failed changes nothing: the next one, or the reader's action, will tell.
      });
    return () => abort.abort();
    // Only a new tick asks again; takeNews reads nothing a tick would miss (the pane is keyed by the task).
  }, [refreshTick, taskId]);

  /** Shows the task as it is now (keeping the form and what the reader typed) and says what someone else changed. */
  function takeNews(shown: TaskDetail, fresh: TaskDetail): string | null {
    const news = describeChange(shown.task, fresh.task, me);
    // Most refreshes find the task as it was; re-rendering the form for them would gain nothing.
    if (JSON.stringify(fresh) !== JSON.stringify(shown)) setDetail({ ...fresh, form: shown.form });
    if (news) {
      setChanged(news);
      onChanged();
    }
    return news;
  }

  if (loadError) return <section className="inbox-task" aria-label="Task"><p role="alert" className="error">{loadError}</p></section>;
  if (!detail) return <section className="inbox-task" aria-label="Task"><p className="muted">Loading…</p></section>;

  const { task } = detail;
  const mayClaim = task.status === 'open' && !task.claimedBy && !!task.assigneeGroup && me.groups.includes(task.assigneeGroup);
  const mayUnclaim = task.status === 'open' && task.claimedBy === me.userName;
  // The engine lets the task's holder or a manager hand it on.
  const mayReassign = task.status === 'open' && (can.supervise(me) || task.claimedBy === me.userName || task.assigneeUser === me.userName);

  async function reload(action: () => Promise<unknown>) {
    setBusy(true);
    setErrors(noErrors);
    try {
      await action();
      const fresh = await tasksApi.get(taskId);
      setDetail(fresh);
      onChanged();
    } catch (e) {
      setErrors({ byField: {}, other: [message(e)] });
    } finally {
      setBusy(false);
    }
  }

  // Each outcome is its own button, and Enter in a field submits nothing: a task with several outcomes (won, lost)
  // must never be completed with whichever happens to come first.
  async function complete(outcome: string) {
    if (!detail) return;
    setBusy(true);
    setErrors(noErrors);
    try {
      onCompleted(await tasksApi.complete(taskId, outcome, toSubmission(detail.form, values)));
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && (await refused(detail))) return;
      if (e instanceof ApiError && e.problem.errors) {
        const split = splitErrors(e.problem.errors, detail.form.map((f) => f.name));
        setErrors(split.other.length || Object.keys(split.byField).length ? split : { byField: {}, other: [e.message] });
      } else {
        setErrors({ byField: {}, other: [message(e)] });
      }
    } finally {
      setBusy(false);
    }
  }

  /**
   * After a 409: whether the task changed under the reader (completed or taken by someone else), said at the top of
   * the pane instead of the server's message about task ids. The list is refreshed as well.
   */
  async function refused(shown: TaskDetail): Promise<boolean> {
    try {
      return takeNews(shown, await tasksApi.get(taskId)) !== null;
    } catch {
      return false;
    }
  }

  const fieldErrorCount = Object.keys(errors.byField).length;
  return (
    <section className="inbox-task" aria-labelledby="task-title">
      <header className="task-header">
        <h2 id="task-title">{task.title}</h2>
        <p className="task-facts">
          <Link to={`/engagements/${task.engagementId}`}>{task.clientCompany ?? task.clientName}</Link>
          <span className="badge">{task.stage}</span>
          <span className={`badge priority-${task.priority}`}>{task.priority}</span>
          <span className={isOverdue(task.dueAt) && task.status === 'open' ? 'overdue' : undefined}>
            {task.dueAt ? `Due ${formatDateTime(task.dueAt)}` : 'No due date'}
          </span>
          <span className="muted">
            {task.claimedBy ? `Claimed by ${task.claimedBy}` : task.assigneeUser ? `Assigned to ${task.assigneeUser}` : `Offered to group ${task.assigneeGroup ?? '—'}`}
          </span>
        </p>
        <div className="task-actions">
          {mayClaim && <button type="button" disabled={busy} onClick={() => void reload(() => tasksApi.claim(taskId))}>Claim</button>}
          {mayUnclaim && <button type="button" disabled={busy} onClick={() => void reload(() => tasksApi.unclaim(taskId))}>Unclaim</button>}
          {mayReassign && <TaskReassign taskId={taskId} holder={task.claimedBy ?? task.assigneeUser} onReassigned={() => void reload(() => Promise.resolve())} />}
        </div>
      </header>
      {task.description && <p className="task-description">{task.description}</p>}
      {changed ? (
        <div role="alert" className="notice changed">
          <strong>{changed}</strong>
          <p><Link to={`/engagements/${task.engagementId}`}>Open the engagement</Link> to see where it stands.</p>
        </div>
      ) : (
        task.status !== 'open' && <p className="notice">This task is {task.status}{task.completedBy ? ` by ${task.completedBy}` : ''}.</p>
      )}

      <form className="task-form" onSubmit={(e) => e.preventDefault()} noValidate aria-label="Task form">
        {(errors.other.length > 0 || fieldErrorCount > 0) && (
          <div role="alert" className="form-errors">
            {fieldErrorCount > 0 ? `Please correct ${fieldErrorCount === 1 ? 'the field' : `${fieldErrorCount} fields`} marked below.` : null}
            {errors.other.length > 0 && (
              <ul>
                {errors.other.map((m) => <li key={m}>{m}</li>)}
              </ul>
            )}
          </div>
        )}
        <FormFields
          idPrefix={`task-${task.id}`}
          fields={detail.form}
          values={values}
          errors={errors.byField}
          disabled={!detail.canWork || busy}
          onChange={(name, value) => setValues((v) => ({ ...v, [name]: value }))}
        />
        {detail.canWork ? (
          <div className="outcomes" role="group" aria-label="Outcome">
            {detail.outcomes.map((o, i) => (
              <button key={o.name} type="button" className={i === 0 ? 'primary' : undefined} disabled={busy} onClick={() => void complete(o.name)}>
                {o.label}
              </button>
            ))}
          </div>
        ) : (
          task.status === 'open' && !changed && <p className="muted">Claim the task to work on it, or ask whoever has it.</p>
        )}
      </form>

      <TaskComments taskId={task.id} comments={detail.comments} onAdded={(c) => setDetail({ ...detail, comments: [...detail.comments, c] })} />
    </section>
  );
}
