import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { templatesApi, type EngagementOption, type Preview, type TemplateError, type TemplateSummary } from '../../api/templates';
import { can } from '../../auth/permissions';
import { useSession } from '../../auth/SessionContext';
import { CodeEditor } from './CodeEditor';
import sample from './sample-engagement.json';
import { templateErrorsOf } from './templateErrors';
import { useDebounced } from './useDebounced';
import './templates.css';

type Part = 'html' | 'text';
const SAMPLE = JSON.stringify(sample, null, 2);

/** `/templates/<folder>/<name>`: the template editor with a live preview rendered by the server. */
export function TemplatesPage() {
  const { me } = useSession();
  const name = useParams()['*'] ?? '';
  const [list, setList] = useState<TemplateSummary[]>([]);
  const [html, setHtml] = useState('');
  const [text, setText] = useState<string | null>(null);
  const [loadedFor, setLoadedFor] = useState('');
  const [part, setPart] = useState<Part>('html');
  const [source, setSource] = useState<'sample' | 'engagement'>('sample');
  const [engagements, setEngagements] = useState<EngagementOption[]>([]);
  const [engagementId, setEngagementId] = useState('');
  const [sampleText, setSampleText] = useState(SAMPLE);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [errors, setErrors] = useState<TemplateError[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [goTo, setGoTo] = useState<{ line: number; column: number; seq: number } | null>(null);
  const [rendering, setRendering] = useState(false);

  useEffect(() => {
    void templatesApi.list().then(setList);
    templatesApi.engagements().then(setEngagements, () => setEngagements([]));
  }, []);

  useEffect(() => {
    if (!name) return;
    setStatus('');
    templatesApi.get(name).then((t) => {
      setHtml(t.html);
      setText(t.text);
      setPart('html');
      setLoadedFor(name);
    }, (e: unknown) => setMessage(templateErrorsOf(e).message));
  }, [name]);

  const sampleData = useMemo(() => {
    try {
      return { data: JSON.parse(sampleText) as Record<string, unknown>, error: null };
    } catch (e) {
      return { data: null, error: `The sample data is not JSON: ${(e as Error).message}` };
    }
  }, [sampleText]);

  const request = useDebounced(
    useMemo(() => ({ name, html, text, source, engagementId, data: sampleData.data }), [name, html, text, source, engagementId, sampleData.data]),
    500,
  );

  useEffect(() => {
    if (!request.name || loadedFor !== request.name) return;
    if (request.source === 'sample' && !request.data) return;
    if (request.source === 'engagement' && !request.engagementId) return;
    let current = true;
    setRendering(true);
    templatesApi
      .preview({
        name: request.name,
        html: request.html,
        text: request.text,
        engagementId: request.source === 'engagement' ? request.engagementId : null,
        data: request.source === 'sample' ? request.data : null,
      })
      .then((result) => {
        if (!current) return;
        setPreview(result);
        setErrors([]);
        setMessage(null);
      }, (e: unknown) => {
        if (!current) return;
        const found = templateErrorsOf(e);
        setErrors(found.errors);
        setMessage(found.message);
      })
      .finally(() => current && setRendering(false));
    return () => {
      current = false;
    };
  }, [request, loadedFor]);

  const save = async () => {
    try {
      await templatesApi.save(name, html, text ?? null);
      setStatus(`Saved ${name}`);
      setErrors([]);
    } catch (e) {
      const found = templateErrorsOf(e);
      setErrors(found.errors);
      setMessage(found.message);
      setStatus('Not saved: fix the errors first');
    }
  };

  const folders = [...new Set(list.map((t) => t.folder))];
  // Errors name the template file they are in; those of the part being edited are marked in the editor.
  const partFile = `${name}${part === 'html' ? '.sbn-html' : '.sbn-txt'}`;
  const partErrors = errors.filter((e) => e.template === partFile || partFile.endsWith(`/${e.template}`) || e.template === name);
  const value = part === 'html' ? html : (text ?? '');

  return (
    <div className="templates-page">
      <nav className="template-list" aria-label="Templates">
        <h1>Templates</h1>
        {folders.map((folder) => (
          <section key={folder}>
            <h2>{folder || 'other'}</h2>
            <ul>
              {list.filter((t) => t.folder === folder).map((t) => (
                <li key={t.name}>
                  <Link to={`/templates/${t.name}`} aria-current={t.name === name ? 'page' : undefined}>{t.name.slice(folder.length + 1) || t.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
      {!name ? (
        <p className="muted pick">Choose a template to edit it and see it rendered.</p>
      ) : (
        <>
          <section className="template-editor" aria-label="Editor">
            <header className="editor-toolbar">
              <strong>{name}</strong>
              <div role="tablist" aria-label="Template part">
                <button type="button" role="tab" aria-selected={part === 'html'} onClick={() => setPart('html')}>HTML part</button>
                <button type="button" role="tab" aria-selected={part === 'text'} onClick={() => setPart('text')}>Text part{text === null ? ' (from HTML)' : ''}</button>
              </div>
              {can.design(me) && <button type="button" className="primary" onClick={() => void save()}>Save</button>}
            </header>
            {status && <p className="status" role="status">{status}</p>}
            <CodeEditor
              id="template-source"
              label={part === 'html' ? 'HTML source' : 'Text source'}
              value={value}
              onChange={(v) => (part === 'html' ? setHtml(v) : setText(v))}
              errorLines={partErrors.map((e) => e.line)}
              goTo={goTo}
            />
            <div className="template-errors" aria-live="polite" aria-label="Template errors">
              {message && errors.length === 0 && <p className="error">{message}</p>}
              {errors.length > 0 && (
                <ul>
                  {errors.map((e, i) => (
                    <li key={i}>
                      <button type="button" className="link error" data-testid="template-error" onClick={() => setGoTo({ line: e.line, column: e.column, seq: Date.now() })}>
                        {e.template} line {e.line}, column {e.column}: {e.message}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
          <section className="template-preview" aria-label="Preview">
            <div className="preview-source">
              <label htmlFor="preview-source">
                Render with
                <select id="preview-source" value={source} onChange={(e) => setSource(e.target.value as 'sample' | 'engagement')}>
                  <option value="sample">Sample data</option>
                  <option value="engagement">An engagement</option>
                </select>
              </label>
              {source === 'engagement' && (
                <label htmlFor="preview-engagement">
                  Engagement
                  <select id="preview-engagement" value={engagementId} onChange={(e) => setEngagementId(e.target.value)}>
                    <option value="">Choose…</option>
                    {engagements.map((e) => (
                      <option key={e.id} value={e.id}>{e.clientCompany ?? e.clientName} ({e.stage ?? 'finished'})</option>
                    ))}
                  </select>
                </label>
              )}
              {rendering && <span className="muted">rendering…</span>}
            </div>
            {source === 'sample' && (
              <details className="sample-data">
                <summary>Sample data (JSON)</summary>
                <label htmlFor="sample-data" className="visually-hidden">Sample data</label>
                <textarea id="sample-data" rows={10} value={sampleText} onChange={(e) => setSampleText(e.target.value)} spellCheck={false} />
                {sampleData.error && <p className="error">{sampleData.error}</p>}
              </details>
            )}
            {preview?.subject && <p className="preview-subject"><span className="muted">Subject:</span> {preview.subject}</p>}
            <iframe title="Rendered preview" className={`preview-frame${errors.length || message ? ' stale' : ''}`} sandbox="" srcDoc={preview?.html ?? ''} />
          </section>
        </>
      )}
    </div>
  );
}
