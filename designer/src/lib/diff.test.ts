import type { Definition } from './definition';
import { describeChange, diffDefinitions, stableJson } from './diff';
import { everyStepType } from './fixtures';

function edited(change: (d: Definition) => void): Definition {
  const copy = structuredClone(everyStepType());
  change(copy);
  return copy;
}

describe('version diff', () => {
  it('finds nothing between equal versions, whatever their key order or layout', () => {
    const moved = edited((d) => {
      d.layout = {};
      d.stages[0]!.steps[0] = Object.fromEntries(Object.entries(d.stages[0]!.steps[0]!).reverse()) as Definition['stages'][0]['steps'][0];
    });
    expect(diffDefinitions(everyStepType(), moved)).toEqual([]);
  });

  it('reports stages, steps and transitions added and removed', () => {
    const after = edited((d) => {
      d.stages[1]!.steps.push({ id: 'extra', type: 'timer', duration: 'P1D', end: 'done' });
      d.stages.push({ id: 'new', start: 'x', steps: [{ id: 'x', type: 'join', end: 'y' }] });
      d.stages[0]!.steps = d.stages[0]!.steps.filter((s) => s.id !== 'set');
      d.transitions = d.transitions!.filter((t) => t.on !== 'stopped');
      d.transitions.push({ from: 'new', on: 'y', finish: 'won' });
    });
    expect(diffDefinitions(everyStepType(), after).map(describeChange)).toEqual([
      'removed stage work › step set',
      'added stage after › step extra',
      'added stage new',
      'removed transition work on stopped',
      'added transition new on y',
    ]);
  });

  it('reports each changed property with its values before and after', () => {
    const after = edited((d) => {
      d.name = 'Renamed';
      const task = d.stages[0]!.steps[0]!;
      task.title = 'New title';
      delete task.due;
      d.transitions![0]!.to = 'work';
    });
    expect(diffDefinitions(everyStepType(), after).map(describeChange)).toEqual([
      'changed process: name "Every step type" → "Renamed"',
      'changed stage work › step task: title "Do {{ client.name }}" → "New title"',
      'changed stage work › step task: due "P1D" → (none)',
      'changed transition work on done: to "after" → "work"',
    ]);
  });

  it('compares objects independently of key order', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(stableJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });
});
