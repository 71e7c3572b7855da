import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Definition } from './definition';
import { STEP_NODE_TYPES, graphToStage, stageToGraph } from './stepGraph';
import { definitionToStageGraph, stageGraphToDefinition } from './stageGraph';
import { everyStepType } from './fixtures';

const shipped = (): Definition =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../workflows/client-engagement.json'), 'utf8')) as Definition;

function roundTripStages(definition: Definition): Definition {
  let result = stageGraphToDefinition(definition, definitionToStageGraph(definition));
  for (const stage of definition.stages) result = graphToStage(result, stage.id, stageToGraph(result, stage.id));
  return result;
}

const executable = ({ layout: _layout, ...rest }: Definition) => rest;

describe('graph ⇄ definition mapping', () => {
  it('uses every step type in the fixture', () => {
    const types = new Set(everyStepType().stages.flatMap((s) => s.steps.map((step) => step.type)));
    expect([...types].sort()).toEqual([...STEP_NODE_TYPES].sort());
  });

  it.each(STEP_NODE_TYPES)('round-trips a %s step exactly through its stage graph', (type) => {
    const definition = everyStepType();
    const stage = definition.stages.find((s) => s.steps.some((step) => step.type === type))!;
    const back = graphToStage(definition, stage.id, stageToGraph(definition, stage.id));
    expect(back).toEqual(definition);
  });

  it('round-trips the whole process through the stage graph and every step graph', () => {
    expect(roundTripStages(everyStepType())).toEqual(everyStepType());
  });

  it('round-trips the shipped client engagement; positions it lacks are added to the layout only', () => {
    const original = shipped();
    const once = roundTripStages(original);
    expect(executable(once)).toEqual(executable(original));
    expect(roundTripStages(once)).toEqual(once);
    expect(once.layout?.brief).toMatchObject({ x: 280, y: 0 });
    expect(once.layout?.execution).toMatchObject({ x: 0, y: 260 });
    expect(once.layout?.['finish:lost']).toMatchObject({ x: 1120, y: 40 });
  });

  it('lays out a stage without stored positions left to right along its flow', () => {
    const graph = stageToGraph(shipped(), 'proposal');
    const x = (id: string) => graph.nodes.find((n) => n.id === id)!.position.x;
    expect(x('draft')).toBeLessThan(x('prepare'));
    expect(x('prepare')).toBeLessThan(x('render'));
    expect(x('render')).toBeLessThan(x('review'));
    expect(x('review')).toBeLessThan(x('end:ready'));
  });

  it('shows outcome ports and labelled edges for every connection', () => {
    const graph = stageToGraph(everyStepType(), 'work');
    const labels = graph.edges.filter((e) => e.source === 'task').map((e) => [e.sourceHandle, e.target, e.label]);
    expect(labels).toEqual([
      ['outcome:ok', 'mail', 'OK'],
      ['outcome:stop', 'end:stopped', 'stop'],
    ]);
    expect(graph.nodes.filter((n) => n.type === 'end').map((n) => n.id)).toEqual(
      expect.arrayContaining(['end:stopped', 'end:small', 'end:declined', 'end:expired', 'end:done']),
    );
  });

  it('keeps designer positions under layout and out of the stages', () => {
    const definition = everyStepType();
    const graph = stageToGraph(definition, 'work');
    graph.nodes[0]!.position = { x: 999, y: 42 };
    const moved = graphToStage(definition, 'work', graph);
    expect(moved.layout?.work?.steps?.task).toEqual({ x: 999, y: 42 });
    expect(JSON.stringify(moved.stages)).not.toContain('999');
  });

  it('maps transitions to outcome-labelled edges between stages and finish markers', () => {
    const graph = definitionToStageGraph(everyStepType());
    expect(graph.edges.map((e) => [e.source, e.sourceHandle, e.target, e.label])).toEqual([
      ['work', 'outcome:done', 'after', 'done'],
      ['work', 'outcome:stopped', 'finish:lost', 'stopped'],
      ['after', 'outcome:done', 'finish:won', 'done'],
    ]);
    const work = graph.nodes.find((n) => n.id === 'work');
    expect(work?.type === 'stage' && work.data.outcomes).toEqual(['stopped', 'small', 'declined', 'expired', 'done']);
  });
});
