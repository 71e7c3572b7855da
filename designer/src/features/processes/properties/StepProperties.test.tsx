import { fireEvent, render, screen } from '@testing-library/react';
import type { StepTypeInfo } from '../../../api/stepTypes';
import type { Step } from '../../../lib/definition';
import { StepProperties } from './StepProperties';

const prop = (name: string, label: string, kind: StepTypeInfo['properties'][0]['kind'], extra: Partial<StepTypeInfo['properties'][0]> = {}) => ({
  name, label, kind, required: false, help: null, options: null, group: null, folder: null, ...extra,
});

// The server's metadata for a task, as GET /api/step-types sends it (Features/StepTypes/StepTypeCatalog.cs).
const task: StepTypeInfo = {
  type: 'humanTask', label: 'Task', category: 'people', description: 'A task.', waits: true,
  properties: [
    prop('title', 'Title', 'textTemplate', { required: true }),
    prop('assignee', 'Assignee', 'userOrRole'),
    prop('due', 'Due', 'duration'),
    prop('priority', 'Priority', 'choice', { options: ['low', 'normal', 'high', 'urgent'] }),
    prop('form', 'Form', 'form', { options: ['text', 'choice', 'money'] }),
    prop('outcomes', 'Outcomes', 'choices', { group: 'exit' }),
    prop('next', 'Then', 'stepRef', { group: 'exit' }),
    prop('end', 'Or end the stage with', 'outcome', { group: 'exit' }),
  ],
};

function renderPanel(step: Step) {
  const onChange = vi.fn<(step: Step) => void>();
  render(
    <StepProperties
      step={step} isStart={false} info={task} problems={[]}
      context={{ stepIds: ['other'], templates: [] }}
      onChange={onChange} onRename={() => undefined} onMakeStart={() => undefined}
    />,
  );
  return onChange;
}

describe('generated step property panel', () => {
  it('has a labelled editor for every property in the metadata', () => {
    renderPanel({ id: 'call', type: 'humanTask' });
    for (const label of ['Step id', 'Display name', 'Title', 'Assignee', 'Due', 'Priority', 'Then', 'Or end the stage with']) {
      expect(screen.getByLabelText(label, { exact: false })).toBeTruthy();
    }
    expect(screen.getByRole('group', { name: 'Form' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Outcomes' })).toBeTruthy();
  });

  it('setting one exit of a group clears the others', () => {
    const onChange = renderPanel({ id: 'call', type: 'humanTask', next: 'other' });
    fireEvent.change(screen.getByLabelText('Or end the stage with'), { target: { value: 'done' } });
    expect(onChange).toHaveBeenCalledWith({ id: 'call', type: 'humanTask', end: 'done' });
  });

  it('edits form fields: type, label, required and the rules that apply to the type', () => {
    const onChange = renderPanel({ id: 'call', type: 'humanTask', form: { fields: [{ name: 'budget', type: 'text', min: 1 }] } });
    fireEvent.change(screen.getByLabelText('Field 1 type'), { target: { value: 'choice' } });
    expect(onChange).toHaveBeenLastCalledWith({ id: 'call', type: 'humanTask', form: { fields: [{ name: 'budget', type: 'choice', options: ['option-1'] }] } });
    fireEvent.click(screen.getByLabelText('Field 1 required'));
    expect(onChange).toHaveBeenLastCalledWith({ id: 'call', type: 'humanTask', form: { fields: [{ name: 'budget', type: 'text', required: true }] } });
  });
});
