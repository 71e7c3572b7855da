import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
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
  render(
    <MemoryRouter>
      <TaskPane me={me} taskId="t1" onChanged={vi.fn()} onCompleted={onCompleted} />
    </MemoryRouter>,
  );
  return { fetch, onCompleted };
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
    const problem = { title: 'Conflict', status: 409, detail: 'task t1 is claimed by account2' };
    renderPane([json(200, detail()), json(409, problem)]);
    fireEvent.change(await screen.findByLabelText(/Wants and needs/), { target: { value: 'SEO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Won' }));
    expect((await screen.findByRole('alert')).textContent).toContain('task t1 is claimed by account2');
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
