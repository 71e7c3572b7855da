import { entry } from './journalFixture';
import { pathTaken } from './pathTaken';

describe('pathTaken', () => {
  it('follows the stages entered and the outcomes that left them, rounds included', () => {
    const journal = [
      entry('engagementStarted', null),
      entry('stageEntered', 'proposal'),
      entry('stageExited', 'proposal', 'ready'),
      entry('stageEntered', 'negotiation'),
      entry('stageExited', 'negotiation', 'changes-requested'),
      entry('stageEntered', 'proposal'),
      entry('stageExited', 'proposal', 'ready'),
      entry('stageEntered', 'negotiation'),
      entry('stageExited', 'negotiation', 'declined'),
      entry('engagementCompleted', null, 'lost'),
    ];
    const path = pathTaken([...journal].reverse());
    expect(path.entered).toEqual(['proposal', 'negotiation', 'proposal', 'negotiation']);
    expect([...path.taken].sort()).toEqual(['negotiation|changes-requested', 'negotiation|declined', 'proposal|ready']);
    expect(path.finish).toBe('lost');
  });

  it('is empty for an engagement with no journal yet', () => {
    expect(pathTaken([])).toEqual({ entered: [], taken: new Set(), finish: null });
  });
});
