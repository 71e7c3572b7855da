import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { tasksApi, type CompleteResponse, type TaskSummary } from '../../api/tasks';
import { useSession } from '../../auth/SessionContext';
import { choiceFromParams, choiceToParams, toTaskFilter, type InboxChoice } from './inboxFilter';
import { InboxFilters } from './InboxFilters';
import { TaskList } from './TaskList';
import { TaskPane } from './TaskPane';
import './inbox.css';

interface Notice {
  text: string;
  engagementId: string;
  nextTaskId: string | null;
}

/** The task inbox: filters, the list and the selected task (/inbox/:taskId), side by side. */
export function InboxPage() {
  const { me } = useSession();
  const { taskId } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const choice = useMemo(() => choiceFromParams(params), [params]);
  const search = params.size ? `?${params.toString()}` : '';

  const [tasks, setTasks] = useState<TaskSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [stages, setStages] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    tasksApi
      .list(toTaskFilter(choice, me, new Date()), abort.signal)
      .then((page) => {
        setTasks(page.items);
        setTotal(page.total);
        // The stage filter offers the stages seen so far: the inbox has no process of its own to list them from.
        setStages((seen) => [...new Set([...seen, ...page.items.map((t) => t.stage), ...(choice.stage ? [choice.stage] : [])])].sort());
      })
      .catch((e: unknown) => {
        if (!abort.signal.aborted) setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
      });
    return () => abort.abort();
  }, [choice, me, version]);

  function change(next: InboxChoice) {
    setParams(choiceToParams(next));
  }

  function completed(response: CompleteResponse) {
    const next = response.openTasks.find(
      (t) => t.claimedBy === me.userName || t.assigneeUser === me.userName || (!t.claimedBy && !!t.assigneeGroup && me.groups.includes(t.assigneeGroup)),
    );
    const where = response.engagement.stage ? `is now in stage ${response.engagement.stage}` : `is ${response.engagement.status}`;
    setNotice({ text: `Done: “${response.task.title}”. The engagement ${where}.`, engagementId: response.engagement.id, nextTaskId: next?.id ?? null });
    refresh();
    void navigate(`/inbox${search}`);
  }

  return (
    <div className="inbox">
      <InboxFilters me={me} choice={choice} stages={stages} onChange={change} />
      <TaskList tasks={tasks} total={total} selectedId={taskId} search={search} error={error} />
      {taskId ? (
        <TaskPane key={taskId} me={me} taskId={taskId} onChanged={refresh} onCompleted={completed} />
      ) : (
        <section className="inbox-task" aria-label="Task">
          {notice ? (
            <div role="status" className="notice">
              <p>{notice.text}</p>
              <p className="notice-links">
                {notice.nextTaskId && <Link to={`/inbox/${notice.nextTaskId}${search}`}>Open the next task</Link>}
                <Link to={`/engagements/${notice.engagementId}`}>Open the engagement</Link>
              </p>
            </div>
          ) : (
            <p className="muted">Choose a task from the list.</p>
          )}
        </section>
      )}
    </div>
  );
}
