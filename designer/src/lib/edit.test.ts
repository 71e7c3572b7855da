import { addStage, addStep, connectStages, connectSteps, disconnectSteps, pasteSteps, removeStages, removeSteps, renameStep } from './edit';
import { newDefinition } from './definition';
import { everyStepType } from './fixtures';

describe('definition edits', () => {
  it('builds a stage from dropped steps: the first is the start, connections set next and end', () => {
    let d = newDefinition('p', 'P');
    const stage = addStage(d, { x: 10, y: 20 });
    d = stage.definition;
    const first = addStep(d, stage.id, 'humanTask', { x: 0, y: 0 });
    const second = addStep(first.definition, stage.id, 'sendEmail', { x: 100, y: 0 });
    d = connectSteps(second.definition, stage.id, first.id, 'out', second.id);
    d = connectSteps(d, stage.id, second.id, 'out', 'end:done');
    expect(d.start).toBe('stage-1');
    expect(d.stages[0]).toEqual({
      id: 'stage-1', name: 'Stage 1', start: 'human-task-1',
      steps: [{ id: 'human-task-1', type: 'humanTask', next: 'send-email-1' }, { id: 'send-email-1', type: 'sendEmail', end: 'done' }],
    });
    expect(d.layout?.['stage-1']).toEqual({ x: 10, y: 20, steps: { 'human-task-1': { x: 0, y: 0 }, 'send-email-1': { x: 100, y: 0 } } });
  });

  it('connecting an outcome port sets that outcome only; disconnecting clears it', () => {
    let d = connectSteps(everyStepType(), 'work', 'task', 'outcome:later', 'end:done');
    expect(d.stages[0]!.steps[0]!.outcomes![2]).toEqual({ name: 'later', end: 'done' });
    d = disconnectSteps(d, 'work', 'task', 'outcome:later', 'end:done');
    expect(d.stages[0]!.steps[0]!.outcomes![2]).toEqual({ name: 'later' });
  });

  it('removing a step removes the connections to it', () => {
    const d = removeSteps(everyStepType(), 'work', ['a', 'end:done']);
    const split = d.stages[0]!.steps.find((s) => s.id === 'split');
    expect(split?.branches).toEqual(['b']);
    expect(d.stages[0]!.steps.find((s) => s.id === 'meet')).toEqual({ id: 'meet', type: 'join' });
    expect(d.layout?.work?.steps?.a).toBeUndefined();
  });

  it('renaming a step follows every reference', () => {
    const d = renameStep(everyStepType(), 'work', 'meet', 'together');
    const ids = d.stages[0]!.steps.map((s) => s.id);
    expect(ids).toContain('together');
    expect(d.stages[0]!.steps.find((s) => s.id === 'split')?.join).toBe('together');
    expect(d.stages[0]!.steps.find((s) => s.id === 'a')?.next).toBe('together');
    expect(d.layout?.work?.steps?.together).toEqual({ x: 11, y: 0 });
  });

  it('connecting stage outcomes adds or re-points one transition; removing a stage drops its transitions', () => {
    let d = connectStages(everyStepType(), 'work', 'done', 'finish:won');
    expect(d.transitions![0]).toEqual({ from: 'work', on: 'done', finish: 'won' });
    expect(d.transitions).toHaveLength(3);
    d = removeStages(d, ['after']);
    expect(d.transitions!.map((t) => t.from)).toEqual(['work', 'work']);
  });

  it('pastes copies under new ids, keeping connections among the copies only', () => {
    const source = everyStepType();
    const steps = source.stages[0]!.steps.filter((s) => s.id === 'a' || s.id === 'meet');
    const { definition, ids } = pasteSteps(source, 'work', steps.map((step) => ({ step, position: { x: 0, y: 0 } })), { x: 40, y: 40 });
    expect(ids).toEqual(['a-1', 'meet-1']);
    const pasted = definition.stages[0]!.steps.slice(-2);
    expect(pasted).toEqual([
      { id: 'a-1', type: 'humanTask', title: 'A', next: 'meet-1' },
      { id: 'meet-1', type: 'join', end: 'done' },
    ]);
    expect(definition.layout?.work?.steps?.['a-1']).toEqual({ x: 40, y: 40 });
  });
});

describe('renaming outcomes and results', () => {
  it('renames a stage outcome in step exits, the end marker and the transition on it', async () => {
    const { renameOutcome, renameFinish } = await import('./edit');
    let d = renameOutcome(everyStepType(), 'work', 'done', 'finished');
    expect(d.stages[0]!.steps.find((s) => s.id === 'meet')?.end).toBe('finished');
    expect(d.transitions![0]).toEqual({ from: 'work', on: 'finished', to: 'after' });
    expect(d.layout?.work?.steps?.['end:finished']).toEqual({ x: 16, y: 0 });
    d = renameFinish(d, 'won', 'success');
    expect(d.transitions![2]).toEqual({ from: 'after', on: 'done', finish: 'success' });
    expect(d.layout?.['finish:success']).toEqual({ x: 300, y: 200 });
  });
});

describe('keeping shown positions', () => {
  it('stores only the positions the layout lacks', async () => {
    const { keepShownPositions } = await import('./edit');
    const d = keepShownPositions(everyStepType(), 'after', { bye: { x: 5, y: 5 }, 'end:done': { x: 9, y: 9 }, extra: { x: 1, y: 2 } });
    expect(d.layout?.after?.steps).toEqual({ bye: { x: 0, y: 0 }, 'end:done': { x: 200, y: 0 }, extra: { x: 1, y: 2 } });
  });
});
