import { useRef, useState, type UIEvent } from 'react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** 1-based lines with an error: their numbers show red and the line is highlighted. */
  errorLines: number[];
  /** Bumped with a line to move the caret there (choosing an error). */
  goTo?: { line: number; column: number; seq: number } | null;
}

const LINE_HEIGHT = 18;

/** A plain textarea with line numbers and highlighted error lines, kept in step as it scrolls. */
export function CodeEditor({ id, label, value, onChange, errorLines, goTo }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [scroll, setScroll] = useState(0);
  const lines = value.split('\n').length;
  const lastGoTo = useRef<number>(-1);

  if (goTo && goTo.seq !== lastGoTo.current && area.current) {
    lastGoTo.current = goTo.seq;
    const element = area.current;
    const offset = value.split('\n').slice(0, goTo.line - 1).reduce((sum, l) => sum + l.length + 1, 0) + Math.max(0, goTo.column - 1);
    queueMicrotask(() => {
      element.focus();
      element.setSelectionRange(offset, offset);
      element.scrollTop = Math.max(0, (goTo.line - 5) * LINE_HEIGHT);
    });
  }

  const onScroll = (e: UIEvent<HTMLTextAreaElement>) => setScroll(e.currentTarget.scrollTop);
  return (
    <div className="code-editor">
      <label htmlFor={id} className="visually-hidden">{label}</label>
      <div className="gutter" aria-hidden="true">
        <div style={{ transform: `translateY(${-scroll}px)` }}>
          {Array.from({ length: lines }, (_, i) => (
            <div key={i} className={errorLines.includes(i + 1) ? 'gutter-error' : undefined}>{i + 1}</div>
          ))}
        </div>
      </div>
      <div className="code-area">
        {errorLines.map((line) => (
          <div key={line} className="line-highlight" data-testid={`error-line-${line}`} style={{ top: 6 + (line - 1) * LINE_HEIGHT - scroll }} aria-hidden="true" />
        ))}
        <textarea
          ref={area}
          id={id}
          value={value}
          spellCheck={false}
          wrap="off"
          onChange={(e) => onChange(e.target.value)}
          onScroll={onScroll}
        />
      </div>
    </div>
  );
}
