import { useEffect, useState } from 'react';
import { definitionsApi, type DefinitionProblem } from '../../api/definitions';
import type { Definition } from '../../lib/definition';

/** The server's problems with the definition being edited, checked again shortly after each edit. */
export function useValidation(definition: Definition | null, initial: DefinitionProblem[]): { problems: DefinitionProblem[]; checking: boolean } {
  const [problems, setProblems] = useState(initial);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    if (!definition) return;
    const abort = new AbortController();
    const timer = window.setTimeout(() => {
      setChecking(true);
      definitionsApi
        .validate(definition, abort.signal)
        .then((result) => setProblems(result.problems))
        .catch(() => undefined)
        .finally(() => { if (!abort.signal.aborted) setChecking(false); });
    }, 400);
    return () => {
      window.clearTimeout(timer);
      abort.abort();
    };
  }, [definition]);
  return { problems, checking };
}
