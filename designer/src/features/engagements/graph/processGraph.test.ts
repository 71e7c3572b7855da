import type { ProcessView } from '../../../api/engagements';
import { pathTaken } from './pathTaken';
import { entry } from './journalFixture';
import { describePosition, processToGraph, type EngagementPosition, type StageNode } from './processGraph';

const process = (layout: ProcessView['layout']): ProcessView => ({
  definitionId: 'deal',
  version: 2,
  name: 'Deal',
  start: 'proposal',
  stages: [
    { id: 'proposal', name: 'Proposal', description: null, start: 'write', steps: [{ id: 'write', type: 'humanTask', name: 'Write it' }] },
    { id: 'negotiation', name: 'Negotiation', description: null, start: 'talk', steps: [{ id: 'talk', type: 'humanTask', name: null }] },
    { id: 'execution', name: 'Execution', description: null, start: 'do', steps: [] },
  ],
  transitions: [
    { from: 'proposal', on: 'ready', to: 'negotiation', finish: null },
    { from: 'negotiation', on: 'changes-requested', to: 'proposal', finish: null },
    { from: 'negotiation', on: 'won', to: 'execution', finish: null },
    { from: 'negotiation', on: 'declined', to: null, finish: 'lost' },
    { from: 'negotiation', on: 'expired', to: null, finish: 'lost' },
    { from: 'execution', on: 'delivered', to: null, finish: 'completed' },
  ],
  layout,
});

const atNegotiation: EngagementPosition = {
  stage: 'negotiation',
  path: pathTaken([entry('stageEntered', 'proposal'), entry('stageExited', 'proposal', 'ready'), entry('stageEntered', 'negotiation')]),
  activeSteps: { negotiation: ['talk'] },
};

const laidOut = { proposal: { x: 0, y: 0 }, negotiation: { x: 240, y: 0 }, execution: { x: 480, y: 0 } };

describe('processToGraph', () => {
  it('draws a node per stage and per way of finishing', () => {
    const { nodes } = processToGraph(process(laidOut), atNegotiation);
    expect(nodes.map((n) => `${n.type}:${n.id}`)).toEqual(['stage:proposal', 'stage:negotiation', 'stage:execution', 'finish:finish:lost', 'finish:finish:completed']);
  });

  it('places stages where the designer put them and each finish under the stage that leads to it', () => {
    const { nodes } = processToGraph(process(laidOut), atNegotiation);
    const at = Object.fromEntries(nodes.map((n) => [n.id, n.position]));
    expect(at.negotiation).toEqual({ x: 240, y: 0 });
    expect(at['finish:lost']!.y).toBeGreaterThan(0);
    expect(at['finish:lost']!.x).toBeGreaterThan(240);
    expect(at['finish:lost']!.x).toBeLessThan(480);
  });

  it('puts several finishes of one stage side by side', () => {
    const more = process(laidOut);
    more.transitions.push({ from: 'execution', on: 'dropped', to: null, finish: 'cancelled' });
    const { nodes } = processToGraph(more, atNegotiation);
    const completed = nodes.find((n) => n.id === 'finish:completed')!.position;
    const cancelled = nodes.find((n) => n.id === 'finish:cancelled')!.position;
    expect(completed.y).toBe(cancelled.y);
    expect(cancelled.x - completed.x).toBeGreaterThanOrEqual(120);
  });

  it('reads layouts that nest the stages under a key of their own', () => {
    const { nodes } = processToGraph(process({ stages: laidOut }), atNegotiation);
    expect(nodes.find((n) => n.id === 'execution')!.position).toEqual({ x: 480, y: 0 });
  });

  it('lays the graph out with dagre, left to right, when the definition has no layout for every stage', () => {
    const { nodes } = processToGraph(process({ proposal: { x: 0, y: 0 } }), atNegotiation);
    const x = Object.fromEntries(nodes.map((n) => [n.id, n.position.x]));
    expect(x.proposal!).toBeLessThan(x.negotiation!);
    expect(x.negotiation!).toBeLessThan(x.execution!);
    expect(new Set(nodes.map((n) => `${n.position.x},${n.position.y}`)).size).toBe(nodes.length);
  });

  it('highlights the current stage, the stages visited and the steps it waits in', () => {
    const { nodes } = processToGraph(process(laidOut), atNegotiation);
    const stages = nodes.filter((n): n is StageNode => n.type === 'stage');
    expect(stages.map((n) => [n.id, n.data.state])).toEqual([
      ['proposal', 'visited'],
      ['negotiation', 'current'],
      ['execution', 'ahead'],
    ]);
    expect(stages[1]!.data.activeSteps).toEqual(['Talk']);
  });

  it('shares one labelled edge between outcomes that lead to the same place, and colours the path taken', () => {
    const { edges } = processToGraph(process(laidOut), atNegotiation);
    const byId = Object.fromEntries(edges.map((e) => [e.id, e]));
    expect(byId['negotiation->finish:lost']!.label).toBe('declined / expired');
    expect(byId['proposal->negotiation']!.className).toBe('taken');
    expect(byId['negotiation->execution']!.className).toBeUndefined();
    expect(edges).toHaveLength(5);
  });

  it('routes edges back to an earlier stage over the top, and finishes out of the bottom', () => {
    const { edges } = processToGraph(process(laidOut), atNegotiation);
    const back = edges.find((e) => e.id === 'negotiation->proposal')!;
    expect([back.sourceHandle, back.targetHandle]).toEqual(['back-out', 'back-in']);
    expect(edges.find((e) => e.id === 'execution->finish:completed')!.sourceHandle).toBe('down');
  });

  it('marks the way the engagement finished', () => {
    const finished = { ...atNegotiation, stage: null, path: { ...atNegotiation.path, finish: 'lost' } };
    const { nodes } = processToGraph(process(laidOut), finished);
    expect(nodes.find((n) => n.id === 'finish:lost')!.data.state).toBe('current');
  });
});

describe('describePosition', () => {
  it('says the path taken and the current stage in words', () => {
    expect(describePosition(process(null), atNegotiation)).toBe('Path taken: Proposal → Negotiation. Current stage: Negotiation.');
  });
});
