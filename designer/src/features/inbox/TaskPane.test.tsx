import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { Me } from '../../api/auth';
import type { TaskDetail } from '../../api/tasks';
import { TaskPane } from './TaskPane';

const me: Me = { userName: 'account1', displayName: 'Alex', roles: ['account'], groups: ['account'], kind: 'user' };

const detail = (overrides: Partial<TaskDetail['task']> = {}, canWork = true): TaskDetail => ({
  task: {
    id: 't1', engagementId: 'e1', stage: 'handoff', stepId: 'contact', title: 'Contact Ada', description: null,
    assigneeUser: null, assigneeGroup: 'account', claimedBy: null, status: 'open', priority: 'high',
    createdAt: '2026-03-01T09:00:00Z', dueAt: '2026-03-02T09:00:00Z', completedAt: null, completedBy: null, outcome: null,
    clientName: 'Ada Lovelace', clientCompany: 'Contoso', ...overrides,
  },
  engagement: { id: 'e1', stage: 'handoff', status: 'waiting' },
  form: [
    { name: 'needs', label: 'Wants and needs', type: 'multiline', required: true, options: [] },
    { name: 'budget', label: 'Budget', type: 'money', required: false, min: 0, options: [] },
  ],
  outcomes: [{ name: 'won', label: 'Won' }, { name: 'lost', label: 'Lost' }],
  values: { needs: null, budget: 30000 },
  data: null,
  comments: [],
  canWork,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' } });

function renderPane(responses: Response[]) {
  const fetch = vi.fn(() => Promise.resolve(responses.shift()!));
  vi.stubGlobal('fetch', fetch);
  const onCompleted = vi.fn();
  const onChanged = vi.fn();
  const pane = (refreshTick: number) => (
    <MemoryRouter>
      <TaskPane me={me} taskId="t1" refreshTick={refreshTick} onChanged={onChanged} onCompleted={onCompleted} />
    </MemoryRouter>
  );
  const { rerender } = render(pane(0));
  return { fetch, onCompleted, onChanged, refreshed: (tick: number) => rerender(pane(tick)) };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('TaskPane', () => {
  it('submits the chosen outcome with the form data and shows the server errors at their fields', async () => {
    const problem = { title: 'The request has errors', status: 400, detail: 'The form has errors', errors: { needs: ['Wants and needs is required'] } };
    const { fetch, onCompleted } = renderPane([json(200, detail()), json(400, problem)]);

    fireEvent.click(await screen.findByRole('button', { name: 'Lost' }));

    const needs = screen.getByLabelText(/Wants and needs/);
    await waitFor(() => expect(needs.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Wants and needs is required').id).toBe(needs.getAttribute('aria-describedby')!.split(' ')[0]);
    expect(screen.getByRole('alert').textContent).toContain('Please correct the field marked below.');
    const [url, init] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(url).toBe('/api/tasks/t1/complete');
    expect(JSON.parse(init.body as string)).toEqual({ outcome: 'lost', data: { needs: null, budget: 30000 } });
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('never completes a task with several outcomes by submitting the form (Enter in a field)', async () => {
    const { fetch } = renderPane([json(200, detail())]);
    fireEvent.submit(await screen.findByRole('form', { name: 'Task form' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows errors that belong to no field at the top of the form', async () => {
    const problem = { title: 'Conflict', status: 409, detail: 'task t1 was changed by someone else at the same time; reload and try again' };
    // The task, re-read after the conflict, is as it was: the server's own words are shown.
    renderPane([json(200, detail()), json(409, problem), json(200, detail())]);
    fireEvent.change(await screen.findByLabelText(/Wants and needs/), { target: { value: 'SEO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Won' }));
    expect((await screen.findByRole('alert')).textContent).toContain('task t1 was changed by someone else at the same time');
  });

  it('says who completed the task when the server refuses the completion, keeps what was typed and refreshes the list', async () => {
    const problem = { title: 'Conflict', status: 409, detail: 'task t1 was already completed by account2 at 2026-03-02 10:00:00Z' };
    const done = detail({ status: 'completed', claimedBy: 'account2', completedBy: 'account2', completedAt: '2026-03-02T10:00:00Z' }, false);
    const { onChanged, onCompleted } = renderPane([json(200, detail()), json(409, problem), json(200, done)]);
    fireEvent.change(await screen.findByLabelText(/Wants and needs/), { target: { value: 'SEO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Won' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(/^Already completed by account2 on .+What you entered here was not saved\./);
    const needs = screen.getByLabelText(/Wants and needs/) as HTMLTextAreaElement;
    expect(needs.value).toBe('SEO');
    expect(needs.disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'Won' })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(onCompleted).not.toHaveBeenCalled();
  });

  it('on a refresh, says a colleague took the task and keeps what was typed', async () => {
    const { fetch, onChanged, refreshed } = renderPane([json(200, detail()), json(200, detail({ claimedBy: 'account2' }, false))]);
    fireEvent.change(await screen.findByLabelText(/Wants and needs/), { target: { value: 'SEO' } });
    refreshed(1);

    expect((await screen.findByRole('alert')).textContent).toContain('Taken by account2: only they can work on it now.');
    expect((screen.getByLabelText(/Wants and needs/) as HTMLTextAreaElement).value).toBe('SEO');
    expect(screen.queryByRole('button', { name: 'Won' })).toBeNull();
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('on a refresh where nothing changed, says nothing and keeps the form', async () => {
    const { fetch, onChanged, refreshed } = renderPane([json(200, detail()), json(200, detail({}, true))]);
    fireEvent.change(await screen.findByLabelText(/Wants and needs/), { target: { value: 'SEO' } });
    refreshed(1);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText(/Wants and needs/) as HTMLTextAreaElement).value).toBe('SEO');
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('offers to claim a group task and hides the outcomes from someone who may not work on it', async () => {
    renderPane([json(200, detail({}, true))]);
    expect(await screen.findByRole('button', { name: 'Claim' })).toBeTruthy();
    cleanup();
    renderPane([json(200, detail({ claimedBy: 'account2' }, false))]);
    await screen.findByText('Claimed by account2');
    expect(screen.queryByRole('button', { name: 'Claim' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Won' })).toBeNull();
    expect((screen.getByLabelText(/Wants and needs/) as HTMLTextAreaElement).disabled).toBe(true);
  });
});
