// Imports a journey JSON file or a touchpoint spreadsheet (CSV): pick a file or drop it.
// The file is checked here first; only a journey without problems is sent to the server,
// and the server's own objections are shown the same way. Nothing is half-imported.
import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import type { CsvWarning, Journey } from '@touchpoint/model';
import { ApiError } from '../api/client.ts';
import { downloadText } from '../export/download.ts';
import { problemPlace } from '../common/problem-place.ts';
import { useLocale, useMessages } from '../i18n/index.ts';
import { Button } from '../common/Button.tsx';
import { Dialog } from '../common/Dialog.tsx';
import { Spinner } from '../common/Spinner.tsx';
import { readFileText } from '../common/file-text.ts';
import { isWorkbook, MAX_IMPORT_BYTES, type ImportProblem, type PreparedImport } from './import-file.ts';
import { homeMessages } from './messages.ts';
import { UploadIcon } from '../common/icons.tsx';
import { problemText } from '../common/problem-text.ts';
import { useErrorText } from '../api/error-text.ts';

const SHOWN_PROBLEMS = 50;

type ImportState =
  | { phase: 'idle' }
  | { phase: 'reading'; name: string }
  | { phase: 'problems'; name: string; problems: ImportProblem[]; intro: 'importErrors' | 'importServerErrors' }
  | { phase: 'message'; text: string };

export function ImportDialog({
  open,
  onClose,
  droppedFile,
  onImport,
}: {
  open: boolean;
  onClose: () => void;
  /** A file dropped on the page, to import straight away. */
  droppedFile: File | null;
  /** Creates the journey on the server; rejects with an ApiError when refused. */
  onImport: (journey: Journey, warnings: CsvWarning[]) => Promise<void>;
}) {
  const t = useMessages(homeMessages);
  const errorText = useErrorText();
  const locale = useLocale();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ phase: 'message', text: t('fileTooLarge', { name: file.name, size: MAX_IMPORT_BYTES / 1024 / 1024 }) });
      return;
    }
    setState({ phase: 'reading', name: file.name });
    let prepared: PreparedImport;
    try {
      const text = await readFileText(file);
      // The parsers (and the validation schema) load on first use, not with the home page.
      const { prepareImport } = await import('./import-parse.ts');
      prepared = prepareImport(file.name, text, locale);
    } catch (caught) {
      setState({ phase: 'message', text: t('actionFailed', { message: errorText(caught) }) });
      return;
    }
    if (!prepared.ok) {
      if (prepared.reason === 'unsupported') {
        setState({ phase: 'message', text: t(isWorkbook(file.name) ? 'workbookFile' : 'unsupportedFile', { name: file.name }) });
      }
      else setState({ phase: 'problems', name: file.name, problems: prepared.problems, intro: 'importErrors' });
      return;
    }
    try {
      await onImport(prepared.journey, prepared.warnings);
      setState({ phase: 'idle' });
    } catch (caught) {
      if (caught instanceof ApiError && caught.issues.length > 0) {
        setState({
          phase: 'problems',
          name: file.name,
          intro: 'importServerErrors',
          problems: caught.issues.map(({ path, ...problem }) => ({ place: path ? { kind: 'path', path } : null, ...problem })),
        });
      } else {
        setState({ phase: 'message', text: t('actionFailed', { message: errorText(caught) }) });
      }
    }
  };

  useEffect(() => {
    if (open && droppedFile) void importFile(droppedFile);
    if (!open) setState({ phase: 'idle' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, droppedFile]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void importFile(file);
  };

  const downloadExample = async () => {
    const { exampleCsv } = await import('./example-csv.ts');
    downloadText(exampleCsv(locale), `${t('exampleFileName')}.csv`, 'text/csv;charset=utf-8');
  };

  const placeOf = (problem: ImportProblem) => {
    const place = problem.place;
    if (!place) return t('root');
    if (place.kind === 'path') return problemPlace(place.path, locale);
    return place.column ? t('rowColumn', { row: place.row, column: place.column }) : t('row', { row: place.row });
  };

  const reading = state.phase === 'reading';
  return (
    <Dialog open={open} onClose={onClose} title={t('importTitle')} description={t('importIntro')}>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        className={`flex flex-col items-center justify-center rounded-xl border-2 border-dashed px-4 py-8 text-center transition ${
          dragging ? 'border-indigo-500 bg-indigo-50' : 'border-slate-300 bg-slate-50'
        }`}
      >
        <UploadIcon className="h-8 w-8 text-indigo-500" />
        <p className="mt-2 text-sm text-slate-600">{dragging ? t('dropToImport') : t('dropHere')}</p>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/plain"
          className="sr-only"
          aria-label={t('chooseFile')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <Button className="mt-4" variant="primary" disabled={reading} onClick={() => input.current?.click()}>
          {t('chooseFile')}
        </Button>
      </div>
      <p className="mt-3 text-xs text-slate-500">
        {t('csvColumns')}{' '}
        <button type="button" className="font-medium text-indigo-700 underline hover:text-indigo-900" onClick={() => void downloadExample()}>
          {t('exampleCsv')}
        </button>
      </p>
      <div aria-live="polite" className="mt-4">
        {state.phase === 'reading' && (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <Spinner size="sm" /> {t('reading', { name: state.name })}
          </p>
        )}
        {state.phase === 'message' && (
          <p role="alert" className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-800">
            {state.text}
          </p>
        )}
        {state.phase === 'problems' && (
          <div role="alert" className="rounded-lg bg-rose-50 px-3 py-3 text-sm text-rose-900">
            <p className="font-medium">{t(state.intro, { name: state.name })}</p>
            <ul className="mt-2 max-h-60 space-y-1 overflow-y-auto">
              {state.problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
                <li key={i} className="flex gap-2">
                  <code className="shrink-0 rounded bg-white/70 px-1.5 py-0.5 font-mono text-xs text-rose-800">{placeOf(problem)}</code>
                  <span>{problemText(problem, locale)}</span>
                </li>
              ))}
            </ul>
            {state.problems.length > SHOWN_PROBLEMS && (
              <p className="mt-1 text-rose-700">{t('moreProblems', { count: state.problems.length - SHOWN_PROBLEMS })}</p>
            )}
          </div>
        )}
      </div>
    </Dialog>
  );
}
