import { everyStepType } from './fixtures';
import { groupProblems, pointerToTarget, pointerTokens } from './pointer';

describe('JSON Pointer to designer node', () => {
  const definition = everyStepType();

  it('maps a pointer into a step, however deep, to that step', () => {
    expect(pointerToTarget(definition, '/stages/0/steps/3/cases/1/when')).toEqual({ kind: 'step', stageId: 'work', stepId: 'choose' });
    expect(pointerToTarget(definition, '/stages/1/steps/0')).toEqual({ kind: 'step', stageId: 'after', stepId: 'bye' });
  });

  it('maps a pointer to a stage property to the stage', () => {
    expect(pointerToTarget(definition, '/stages/1/start')).toEqual({ kind: 'stage', stageId: 'after' });
  });

  it('maps a transition pointer to the transition and anything else to the process', () => {
    expect(pointerToTarget(definition, '/transitions/1/finish')).toEqual({ kind: 'transition', from: 'work', on: 'stopped' });
    expect(pointerToTarget(definition, '/name')).toEqual({ kind: 'process' });
    expect(pointerToTarget(definition, '')).toEqual({ kind: 'process' });
  });

  it('falls back to the parent when an index is out of range', () => {
    expect(pointerToTarget(definition, '/stages/0/steps/99/next')).toEqual({ kind: 'stage', stageId: 'work' });
    expect(pointerToTarget(definition, '/stages/9')).toEqual({ kind: 'process' });
  });

  it('unescapes ~0 and ~1 in tokens', () => {
    expect(pointerTokens('/variables/a~1b~0c')).toEqual(['variables', 'a/b~c']);
  });

  it('groups problems onto the stage node and the step node they belong to', () => {
    const grouped = groupProblems(definition, [
      { path: '/stages/0/steps/0/title', message: 'needs a title' },
      { path: '/stages/1/start', message: 'bad start' },
      { path: '/transitions/2/to', message: 'bad transition' },
    ]);
    expect(grouped.byStage).toEqual({ work: ['needs a title'], after: ['bad start', 'bad transition'] });
    expect(grouped.byStep).toEqual({ work: { task: ['needs a title'] } });
  });
});
