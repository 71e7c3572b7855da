import { useState } from 'react';

interface Props {
  busy: boolean;
  error: string | null;
  onPublish: (note: string) => void;
  onCancel: () => void;
}

/** Asks for the note that says what changed; it is kept with the version and shown in the history. */
export function PublishDialog({ busy, error, onPublish, onCancel }: Props) {
  const [note, setNote] = useState('');
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-labelledby="publish-title" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
        <h2 id="publish-title">Publish a new version</h2>
        <p className="muted">New engagements start on the new version; running ones stay on theirs.</p>
        <form onSubmit={(e) => { e.preventDefault(); onPublish(note); }}>
          <label htmlFor="publish-note">
            Note (what changed)
            <textarea id="publish-note" rows={3} value={note} autoFocus onChange={(e) => setNote(e.target.value)} />
          </label>
          {error && <p className="error" role="alert">{error}</p>}
          <div className="actions">
            <button type="button" onClick={onCancel}>Cancel</button>
            <button type="submit" className="primary" disabled={busy}>{busy ? 'Publishing…' : 'Publish'}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
