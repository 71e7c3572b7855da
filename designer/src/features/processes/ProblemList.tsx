import type { DefinitionProblem } from '../../api/definitions';

interface Props {
  problems: DefinitionProblem[];
  checking: boolean;
  onSelect: (problem: DefinitionProblem) => void;
}

/** The server's validation problems; choosing one selects the node it is about. */
export function ProblemList({ problems, checking, onSelect }: Props) {
  return (
    <section className="problems" aria-label="Validation problems">
      <h2>
        Problems <span className={`badge${problems.length ? ' danger' : ''}`} data-testid="problem-count">{problems.length}</span>
        {checking && <span className="muted"> checking…</span>}
      </h2>
      {problems.length === 0 ? (
        <p className="ok-text">No problems: ready to publish.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <button type="button" className="problem" onClick={() => onSelect(p)} data-testid="problem">
                <span className="error">{p.message}</span>
                <code className="muted">{p.path || '/'}{p.line ? ` (line ${p.line}, column ${p.column ?? 1})` : ''}</code>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
