import type { Definition } from './definition';

/** A small process using every step type, with a position for every node, for the mapping tests. */
export function everyStepType(): Definition {
  return {
    schemaVersion: 1,
    id: 'every-step',
    name: 'Every step type',
    start: 'work',
    stages: [
      {
        id: 'work',
        name: 'Work',
        start: 'task',
        steps: [
          {
            id: 'task', type: 'humanTask', title: 'Do {{ client.name }}', assignee: 'role:manager', due: 'P1D', priority: 'high',
            form: { fields: [{ name: 'size', label: 'Size', type: 'choice', required: true, options: ['s', 'm'] }] },
            outcomes: [{ name: 'ok', label: 'OK', next: 'mail' }, { name: 'stop', end: 'stopped' }, { name: 'later' }],
          },
          { id: 'mail', type: 'sendEmail', template: 'emails/welcome', attach: ['doc'], next: 'doc' },
          { id: 'doc', type: 'renderDocument', template: 'documents/proposal', as: 'doc', next: 'choose' },
          {
            id: 'choose', type: 'decision',
            cases: [{ when: 'budget > 10', next: 'set' }, { when: 'budget > 5', end: 'small' }],
            otherwise: { next: 'wait' },
          },
          { id: 'set', type: 'setVariables', set: { rounds: 'rounds + 1' }, next: 'wait' },
          { id: 'wait', type: 'timer', duration: 'P2D', next: 'client' },
          {
            id: 'client', type: 'waitForClient', purpose: 'answer', template: 'emails/proposal-sent',
            responses: [{ name: 'yes', next: 'signal' }, { name: 'no', label: 'No', end: 'declined' }],
            timeout: 'P7D', onTimeout: { end: 'expired' },
          },
          { id: 'signal', type: 'waitForSignal', signal: 'paid', timeout: 'P3D', onTimeout: { next: 'split' }, next: 'split' },
          { id: 'split', type: 'parallel', branches: ['a', 'b'], join: 'meet' },
          { id: 'a', type: 'humanTask', title: 'A', next: 'meet' },
          { id: 'b', type: 'humanTask', title: 'B', next: 'meet' },
          { id: 'meet', type: 'join', end: 'done' },
        ],
      },
      { id: 'after', name: 'After', start: 'bye', steps: [{ id: 'bye', type: 'sendEmail', template: 'emails/welcome', end: 'done' }] },
    ],
    transitions: [
      { from: 'work', on: 'done', to: 'after' },
      { from: 'work', on: 'stopped', finish: 'lost' },
      { from: 'after', on: 'done', finish: 'won' },
    ],
    layout: {
      work: {
        x: 0, y: 0,
        steps: {
          task: { x: 0, y: 0 }, mail: { x: 1, y: 0 }, doc: { x: 2, y: 0 }, choose: { x: 3, y: 0 }, set: { x: 4, y: 0 },
          wait: { x: 5, y: 0 }, client: { x: 6, y: 0 }, signal: { x: 7, y: 0 }, split: { x: 8, y: 0 }, a: { x: 9, y: 0 },
          b: { x: 10, y: 0 }, meet: { x: 11, y: 0 }, 'end:stopped': { x: 12, y: 0 }, 'end:small': { x: 13, y: 0 },
          'end:declined': { x: 14, y: 0 }, 'end:expired': { x: 15, y: 0 }, 'end:done': { x: 16, y: 0 },
        },
      },
      after: { x: 300, y: 0, steps: { bye: { x: 0, y: 0 }, 'end:done': { x: 200, y: 0 } } },
      'finish:lost': { x: 0, y: 200 },
      'finish:won': { x: 300, y: 200 },
    },
  };
}
