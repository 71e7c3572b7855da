import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { tasksApi, type TaskComment } from '../../api/tasks';
import { formatDateTime } from './dates';

interface Props {
  taskId: string;
  comments: TaskComment[];
  onAdded: (comment: TaskComment) => void;
}

/** Notes for colleagues on the task: the list and a box to add one. */
export function TaskComments({ taskId, comments, onAdded }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAdded(await tasksApi.comment(taskId, text));
      setText('');
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldErrors('text')[0] ?? e.message) : 'The comment could not be saved.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="task-comments" aria-labelledby="comments-title">
      <h3 id="comments-title">Comments</h3>
      {comments.length === 0 && <p className="muted">No comments yet.</p>}
      <ol>
        {comments.map((c) => (
          <li key={c.id}>
            <span className="comment-head">
              <strong>{c.author}</strong> <span className="muted">{formatDateTime(c.createdAt)}</span>
            </span>
            <p>{c.text}</p>
          </li>
        ))}
      </ol>
      <form onSubmit={add} noValidate>
        <label>
          Add a comment
          <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={error ? true : undefined} />
        </label>
        {error && <p role="alert" className="field-error">{error}</p>}
        <button type="submit" disabled={busy || !text.trim()}>Add comment</button>
      </form>
    </section>
  );
}
