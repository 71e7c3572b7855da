import { useCallback, useEffect, useState } from 'react';
import { definitionsApi, type DefinitionDetail } from '../../api/definitions';
import { ApiError } from '../../api/problem';
import { stepTypesApi, type StepTypeInfo } from '../../api/stepTypes';
import { templatesApi, type TemplateSummary } from '../../api/templates';

export interface DesignerData {
  detail: DefinitionDetail;
  stepTypes: StepTypeInfo[];
  templates: TemplateSummary[];
}

/** Everything the designer needs from the server: the definition, the step types and the templates. */
export function useDesignerData(id: string) {
  const [data, setData] = useState<DesignerData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const [detail, stepTypes, templates] = await Promise.all([definitionsApi.get(id), stepTypesApi.list(), templatesApi.list()]);
      setData({ detail, stepTypes, templates });
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);
  return { data, error, reload: load };
}
