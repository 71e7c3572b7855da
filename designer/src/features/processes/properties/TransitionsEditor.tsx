import type { Transition } from '../../../lib/definition';
import { FINISH_PREFIX } from '../../../lib/stageGraph';

interface Props {
  stageId: string;
  outcomes: string[];
  transitions: Transition[];
  /** Stage ids and finish results a transition can lead to. */
  stages: string[];
  results: string[];
  /** Target: a stage id, `finish:<result>`, or null to remove the transition. */
  onChange: (outcome: string, target: string | null) => void;
}

/** Where each outcome of a stage leads: the keyboard's way to make the connections drawn on the canvas. */
export function TransitionsEditor({ stageId, outcomes, transitions, stages, results, onChange }: Props) {
  if (outcomes.length === 0) return <p className="muted">The stage has no outcomes yet: end a step with one.</p>;
  return (
    <fieldset className="list-editor">
      <legend>Transitions</legend>
      {outcomes.map((outcome) => {
        const t = transitions.find((x) => x.from === stageId && x.on === outcome);
        const value = t?.to ?? (t?.finish ? FINISH_PREFIX + t.finish : '');
        return (
          <label key={outcome}>
            On {outcome} go to
            <select value={value} onChange={(e) => onChange(outcome, e.target.value || null)}>
              <option value="">— nowhere yet —</option>
              {stages.map((s) => <option key={s} value={s}>stage {s}</option>)}
              {results.map((r) => <option key={r} value={FINISH_PREFIX + r}>finish: {r}</option>)}
            </select>
          </label>
        );
      })}
    </fieldset>
  );
}
