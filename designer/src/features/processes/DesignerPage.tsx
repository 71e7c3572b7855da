import { ReactFlowProvider } from '@xyflow/react';
import { useParams } from 'react-router';
import type { Definition } from '../../lib/definition';
import { Workspace } from './Workspace';
import { useDesignerData } from './useDesignerData';
import './designer.css';

/** `/processes/:id` (the stages) and `/processes/:id/stages/:stageId` (a stage's steps): the process designer. */
export function DesignerPage() {
  const { id = '' } = useParams();
  const { data, error, reload } = useDesignerData(id);
  if (error) return <p className="error" role="alert">Could not open process '{id}': {error}</p>;
  if (!data) return <p className="loading">Loading the designer…</p>;

  const source = data.detail.draft?.definition ?? data.detail.published?.definition ?? null;
  if (typeof source === 'string' || source === null) {
    return (
      <p className="error" role="alert">
        The draft of '{id}' is not readable JSON; fix it through the API (PUT /api/definitions/{id}/draft).
      </p>
    );
  }
  return (
    <ReactFlowProvider>
      <Workspace
        key={id}
        initial={source as Definition}
        revision={data.detail.draft?.revision}
        initialProblems={data.detail.draft?.problems ?? []}
        versions={data.detail.versions}
        stepTypes={data.stepTypes}
        templates={data.templates}
        onPublished={reload}
      />
    </ReactFlowProvider>
  );
}
