import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { tasksApi, type CompleteResponse } from '../../api/tasks';
import { useSession } from '../../auth/SessionContext';
import { choiceFromParams, choiceToParams, filterKey, toTaskFilter, type InboxChoice } from './inboxFilter';
import { InboxFilters } from './InboxFilters';
import { applyPage, opened, type InboxList } from './inboxList';
import { clampPage, inboxPageSize } from './inboxPaging';
import { localSettings, refreshIntervalMs } from './refreshSettings';
import { TaskList } from './TaskList';
import { TaskPane } from './TaskPane';
import { useRefreshTick } from './useRefreshTick';
import './inbox.css';

interface Notice {
  text: string;
  engagementId: string;
  nextTaskId: string | null;
}

/**
 * The task inbox: filters, one page of the list and the selected task (/inbox/:taskId), side by side. The list
 * and the open task refresh on their own while the tab is visible, so work handed to the reader or taken by a
 * colleague shows without a reload; the task pane keeps what the reader typed.
 */
export function InboxPage() {
  const { me } = useSession();
  const { taskId } = useParams();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const choice = useMemo(() => choiceFromParams(params), [params]);
  const search = params.size ? `?${params.toString()}` : '';

  const [list, setList] = useState<InboxList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [stages, setStages] = useState<string[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const tick = useRefreshTick(useMemo(() => refreshIntervalMs(localSettings()), []));

  // A refresh started under other filters or another page must not overwrite the list asked for since.
  const current = useRef(choice);
  // setParams changes with every address; held in a ref so that paging does not also restart the refresh.
  const setParamsRef = useRef(setParams);
  useEffect(() => {
    current.current = choice;
    setParamsRef.current = setParams;
  }, [choice, setParams]);

  const load = useCallback(
    (asked: InboxChoice, refreshing: boolean, signal: AbortSignal) =>
      tasksApi
        .list(toTaskFilter(asked, me, new Date()), signal)
        .then((result) => {
          if (current.current !== asked) return;
          setError(null);
          const last = clampPage(asked.page, result.total, inboxPageSize);
          if (last !== asked.page) {
            // The list shrank under the reader (tasks done elsewhere): show the last page that still has tasks.
            setParamsRef.current(choiceToParams({ ...asked, page: last }), { replace: true });
            return;
          }
          setList((shown) => applyPage(shown, filterKey(asked), asked.page, result, refreshing));
          // The stage filter offers the stages seen so far: the inbox has no process of its own to list them from.
          setStages((seen) => [...new Set([...seen, ...result.items.map((t) => t.stage), ...(asked.stage ? [asked.stage] : [])])].sort());
        })
        .catch((e: unknown) => {
          // A failed refresh keeps the list shown; only a failed navigation says the server is away.
          if (!signal.aborted && !refreshing) setError(e instanceof ApiError ? e.message : 'The server could not be reached.');
        }),
    [me],
  );

  useEffect(() => {
    const abort = new AbortController();
    void load(choice, false, abort.signal);
    return () => abort.abort();
  }, [choice, load, version]);

  useEffect(() => {
    if (tick === 0) return;
    const abort = new AbortController();
    void load(current.current, true, abort.signal);
    return () => abort.abort();
  }, [tick, load]);

  useEffect(() => {
    if (taskId) setList((shown) => (shown ? opened(shown, taskId) : shown));
  }, [taskId, list?.fresh]);

  function change(next: InboxChoice) {
    setParams(choiceToParams({ ...next, page: 1 }));
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

  const shown = list && list.filterKey === filterKey(choice) && list.page === choice.page ? list : null;
  return (
    <div className="inbox">
      <InboxFilters me={me} choice={choice} stages={stages} onChange={change} />
      <TaskList
        list={shown ?? list}
        loading={!shown}
        selectedId={taskId}
        search={search}
        error={error}
        onPage={(page) => setParams(choiceToParams({ ...choice, page }))}
      />
      {taskId ? (
        <TaskPane key={taskId} me={me} taskId={taskId} refreshTick={tick} onChanged={refresh} onCompleted={completed} />
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
