// The export dialog of the editor: the whole map as a PNG or SVG image, and the journey as
// a JSON file (download, and import in place of the current journey) or its touchpoints as
// a spreadsheet (CSV). Rendered by the
// editor inside its ReactFlowProvider.
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type * as Y from 'yjs';
import { touchpointsCsv, type Journey, type ValidationIssue } from '@touchpoint/model';
import { Button } from '../common/Button.tsx';
import { useLocale, useMessages } from '../i18n/index.ts';
import { problemPlace } from '../common/problem-place.ts';
import { problemText } from '../common/problem-text.ts';
import { readFileText } from '../common/file-text.ts';
import { downloadBlob, downloadText } from './download.ts';
import {
  canvasSize,
  exportFileName,
  imageVariant,
  fitsCanvas,
  imageLayout,
  largestOfferedRatio,
  maxRatioThatFits,
  PIXEL_RATIOS,
  type PixelRatio,
} from './geometry.ts';
import { CanvasTooLarge, ExportCancelled, exportMapImage, type ExportStage, type ImageFormat } from './image-export.ts';
import { applyImport, checkImport, journeyFileName, journeyFileText } from './json-io.ts';
import { everyNodeRendered, renderEverything } from './render-all.ts';
import { exportMessages } from './messages.ts';

export interface ExportDialogProps {
  journey: Journey;
  doc: Y.Doc;
  origin: unknown;
  /** A viewer (read-only link) may download the JSON but not import over the journey. */
  readOnly?: boolean;
  onClose(): void;
}

type Tab = 'image' | 'json';

export function ExportDialog({ journey, doc, origin, readOnly = false, onClose }: ExportDialogProps) {
  const t = useMessages(exportMessages);
  const [tab, setTab] = useState<Tab>('image');
  const [busy, setBusy] = useState(false);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialogRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !busy) onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onClose]);

  return (
    <div className="fixed inset-0 z-50 flex items-center justify-center bg-slate-900/40 p-4" data-testid="export-dialog">
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="tp-export-title"
        tabIndex={-1}
        className="w-full max-w-lg rounded-xl bg-white p-5 text-slate-800 shadow-xl outline-none"
      >
        <div className="mb-4 flex items-center justify-between">
          <h2 id="tp-export-title" className="text-lg font-semibold">
            {t('title')}
          </h2>
          <Button variant="ghost" size="sm" onClick={onClose} disabled={busy} aria-label={t('close')}>
            ✕
          </Button>
        </div>
        <div role="tablist" className="mb-4 flex gap-1 border-b border-slate-200">
          {(['image', 'json'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              disabled={busy}
              onClick={() => setTab(name)}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                tab === name ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-slate-600 hover:text-slate-900'
              }`}
            >
              {t(name === 'image' ? 'tabImage' : 'tabJson')}
            </button>
          ))}
        </div>
        <div role="tabpanel">
          {tab === 'image' ? (
            <ImageTab journey={journey} onBusy={setBusy} />
          ) : (
            <JsonTab journey={journey} doc={doc} origin={origin} readOnly={readOnly} />
          )}
        </div>
      </div>
    </div>
  );
}

/** How long the image tab is open before it starts rendering every node of a large map. */
const PREPARE_AFTER_MS = 250;

interface Progress {
  stage: ExportStage;
  fraction: number;
}

function ImageTab({ journey, onBusy }: { journey: Journey; onBusy(busy: boolean): void }) {
  const t = useMessages(exportMessages);
  const flow = useReactFlow();
  const store = useStoreApi();
  const [format, setFormat] = useState<ImageFormat>('png');
  const [ratio, setRatio] = useState<PixelRatio>(2);
  const [includeFriction, setIncludeFriction] = useState(true);
  const [background, setBackground] = useState<'light' | 'transparent'>('light');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [status, setStatus] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  const nodes = flow.getNodes();
  const layout = useMemo(() => (nodes.length ? imageLayout(flow.getNodesBounds(nodes)) : null), [flow, nodes]);
  const elementCount = useMemo(() => {
    const viewport = store.getState().domNode?.querySelector('.react-flow__viewport');
    return viewport ? viewport.querySelectorAll('*').length : 0;
  }, [store, nodes]);

  useEffect(() => () => abortRef.current?.abort(), []);
  // Large maps render only what is on screen: while this tab is open, they render everything,
  // from a moment after it opens (a quick switch to the JSON tab costs nothing) or from the
  // click on Download, whichever comes first.
  const renderingRef = useRef<{ release(): void } | null>(null);
  const ensureRendering = () => (renderingRef.current ??= renderEverything());
  useEffect(() => {
    const timer = setTimeout(ensureRendering, PREPARE_AFTER_MS);
    return () => {
      clearTimeout(timer);
      renderingRef.current?.release();
      renderingRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!layout) return <p className="text-sm text-slate-600">{t('emptyMap')}</p>;

  const effectiveRatio = format === 'png' ? ratio : 1;
  const fits = format === 'svg' || fitsCanvas(layout.width, layout.height, ratio);
  const offered = largestOfferedRatio(layout.width, layout.height);
  const size = canvasSize(layout.width, layout.height, effectiveRatio);

  const run = async () => {
    const viewport = store.getState().domNode?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setStatus(null);
    setProgress({ stage: 'fonts', fraction: 0 });
    onBusy(true);
    try {
      globalThis.performance?.mark?.('tp-export:render-all');
      ensureRendering();
      await everyNodeRendered(store.getState);
      const fullLayout = imageLayout(flow.getNodesBounds(flow.getNodes().filter((n) => !n.hidden)));
      if (format === 'png' && !fitsCanvas(fullLayout.width, fullLayout.height, ratio)) {
        const big = canvasSize(fullLayout.width, fullLayout.height, ratio);
        throw new CanvasTooLarge(big.width, big.height);
      }
      const blob = await exportMapImage(viewport, {
        format,
        layout: fullLayout,
        pixelRatio: ratio,
        includeFriction,
        background,
        signal: controller.signal,
        onProgress: (stage, fraction) => setProgress({ stage, fraction }),
      });
      const file = exportFileName(journey.title, new Date(), format, imageVariant({ format, ratio, includeFriction, background }, { noFriction: t('fileNoFriction'), transparent: t('fileTransparent') }));
      downloadBlob(blob, file);
      setStatus({ tone: 'info', text: t('done', { file }) });
    } catch (error) {
      if (error instanceof ExportCancelled) setStatus({ tone: 'info', text: t('cancelled') });
      else if (error instanceof CanvasTooLarge) {
        setStatus({ tone: 'error', text: tooLargeText() });
      } else setStatus({ tone: 'error', text: t('failed', { message: (error as Error).message ?? String(error) }) });
    } finally {
      abortRef.current = null;
      setProgress(null);
      onBusy(false);
    }
  };

  const tooLargeText = () =>
    offered === null
      ? t('tooLargeAll', { max: maxRatioThatFits(layout.width, layout.height) })
      : t('tooLarge', { ratio, width: size.width, height: size.height, max: offered });

  const stageText =
    progress?.stage === 'fonts'
      ? t('stageFonts')
      : progress?.stage === 'copy'
        ? t('stageCopy', { count: elementCount })
        : progress?.stage === 'draw'
          ? t('stageDraw')
          : t('stageEncode');
  const stagePercent = progress ? { fonts: 5, copy: 15, draw: 40, encode: 85 }[progress.stage] : 0;
  const disabled = progress !== null;

  return (
    <div className="space-y-4 text-sm">
      <fieldset className="flex items-center gap-3" disabled={disabled}>
        <legend className="sr-only">{t('format')}</legend>
        <span className="w-28 font-medium">{t('format')}</span>
        {(['png', 'svg'] as const).map((f) => (
          <label key={f} className="flex items-center gap-1.5">
            <input type="radio" name="tp-export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
            {t(f)}
          </label>
        ))}
      </fieldset>
      {format === 'svg' && (
        <p className="text-slate-500" data-testid="svg-note">
          {t('svgNote')}
        </p>
      )}
      {format === 'png' && (
        <fieldset className="flex items-center gap-3" disabled={disabled}>
          <legend className="sr-only">{t('ratio')}</legend>
          <span className="w-28 font-medium">{t('ratio')}</span>
          {PIXEL_RATIOS.map((r) => (
            <label key={r} className="flex items-center gap-1.5">
              <input type="radio" name="tp-export-ratio" value={r} checked={ratio === r} onChange={() => setRatio(r)} />
              {r}x
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="flex items-center gap-3" disabled={disabled}>
        <legend className="sr-only">{t('background')}</legend>
        <span className="w-28 font-medium">{t('background')}</span>
        {(['light', 'transparent'] as const).map((b) => (
          <label key={b} className="flex items-center gap-1.5">
            <input type="radio" name="tp-export-background" value={b} checked={background === b} onChange={() => setBackground(b)} />
            {t(b === 'light' ? 'backgroundLight' : 'backgroundTransparent')}
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={includeFriction} disabled={disabled} onChange={(e) => setIncludeFriction(e.target.checked)} />
        {t('friction')}
      </label>
      <p className="text-slate-500" data-testid="export-size">
        {t('size', { width: layout.width, height: layout.height })}
        {format === 'png' && ` · ${t('sizeAt', { width: size.width, height: size.height })}`}
      </p>
      {!fits && (
        <p role="alert" className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
          {tooLargeText()}
        </p>
      )}
      {progress && (
        <div aria-live="polite" className="space-y-1.5">
          <div
            role="progressbar"
            aria-label={stageText}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={stagePercent}
            className="h-2 overflow-hidden rounded-full bg-slate-100"
          >
            <div className="h-full animate-pulse rounded-full bg-indigo-500 transition-all" style={{ width: `${Math.max(stagePercent, 8)}%` }} />
          </div>
          <p className="text-slate-600">{stageText}</p>
        </div>
      )}
      {status && (
        <p role={status.tone === 'error' ? 'alert' : 'status'} className={status.tone === 'error' ? 'text-rose-700' : 'text-emerald-700'}>
          {status.text}
        </p>
      )}
      <div className="flex justify-end gap-2">
        {progress ? (
          <Button onClick={() => abortRef.current?.abort()}>{t('cancel')}</Button>
        ) : (
          <Button variant="primary" onClick={run} disabled={!fits}>
            {t('exportImage', { format: t(format) })}
          </Button>
        )}
      </div>
    </div>
  );
}

type ImportState =
  | { kind: 'idle' }
  | { kind: 'invalid'; file: string; issues: ValidationIssue[] }
  | { kind: 'confirm'; file: string; journey: Journey }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; message: string };

function JsonTab({ journey, doc, origin, readOnly }: { journey: Journey; doc: Y.Doc; origin: unknown; readOnly: boolean }) {
  const locale = useLocale();
  const t = useMessages(exportMessages);
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  const download = () => downloadText(journeyFileText(doc), journeyFileName(journey.title, new Date()), 'application/json');

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const checked = checkImport(await readFileText(file), journey.id);
    setState(checked.ok ? { kind: 'confirm', file: file.name, journey: checked.journey } : { kind: 'invalid', file: file.name, issues: checked.issues });
  };

  const confirm = (incoming: Journey, file: string) => {
    try {
      applyImport(doc, incoming, origin);
      setState({ kind: 'done', file });
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message });
    }
  };

  return (
    <div className="space-y-4 text-sm">
      <p className="text-slate-600">{t('jsonIntro')}</p>
      <Button variant="primary" onClick={download}>
        {t('downloadJson')}
      </Button>
      <hr className="border-slate-200" />
      <h3 className="font-semibold">{t('csvTitle')}</h3>
      <p className="text-slate-600">{t('csvIntro')}</p>
      <Button onClick={() => downloadText(touchpointsCsv(journey), exportFileName(journey.title, new Date(), 'csv'), 'text/csv;charset=utf-8')}>
        {t('downloadCsv')}
      </Button>
      {!readOnly && (
        <>
          <hr className="border-slate-200" />
          <h3 className="font-semibold">{t('importTitle')}</h3>
          <p className="text-slate-600">{t('importIntro')}</p>
          <label className="inline-flex cursor-pointer">
            <span className="sr-only">{t('chooseFile')}</span>
            <input
              ref={inputRef}
              type="file"
              accept=".json,application/json"
              data-testid="import-file"
              onChange={onFile}
              className="text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium hover:file:bg-slate-200"
            />
          </label>
          {state.kind === 'invalid' && (
            <div role="alert" className="rounded-lg bg-rose-50 p-3 text-rose-800 ring-1 ring-rose-200">
              <p className="font-medium">{t('importInvalid', { file: state.file, count: state.issues.length })}</p>
              <ul className="mt-2 max-h-40 list-disc overflow-auto pl-5 font-mono text-xs">
                {state.issues.slice(0, 50).map((issue, i) => (
                  <li key={i}>
                    <span className="font-semibold">{issue.path ? problemPlace(issue.path, locale) : t('document')}</span>: {problemText(issue, locale)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {state.kind === 'confirm' && (
            <div className="rounded-lg bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-200">
              <p>
                {t('importConfirm', {
                  current: journey.title,
                  title: state.journey.title,
                  file: state.file,
                  touchpoints: state.journey.touchpoints.length,
                  phases: state.journey.phases.length,
                })}
              </p>
              <div className="mt-3 flex justify-end gap-2">
                <Button size="sm" onClick={() => setState({ kind: 'idle' })}>
                  {t('cancel')}
                </Button>
                <Button size="sm" variant="danger" onClick={() => confirm(state.journey, state.file)}>
                  {t('replace')}
                </Button>
              </div>
            </div>
          )}
          {state.kind === 'done' && <p role="status" className="text-emerald-700">{t('imported', { file: state.file })}</p>}
          {state.kind === 'failed' && <p role="alert" className="text-rose-700">{t('importFailed', { message: state.message })}</p>}
        </>
      )}
    </div>
  );
}
