import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ReactFlowProvider, type Node } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { buildTemplate, fromJSON, journeyMaps, parseTouchpointCsv, ROOT_NAMES, toJSON, type Journey } from '@touchpoint/model';
import { useLocaleStore } from '../i18n/index.ts';
import { useRenderEverything } from '../canvas/render-everything.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { readFileText } from '../common/file-text.ts';

const ORIGIN = { who: 'me' };

function setup(nodes: Node[] = [], readOnly = false) {
  const journey = buildTemplate('insurance-application', { journeyId: 'j-current' });
  const doc = fromJSON(journey);
  const onClose = vi.fn();
  render(
    <ReactFlowProvider initialNodes={nodes}>
      <ExportDialog journey={toJSON(doc)} doc={doc} origin={ORIGIN} readOnly={readOnly} onClose={onClose} />
    </ReactFlowProvider>,
  );
  return { journey, doc, onClose };
}

function upload(text: string, name = 'other.journey.json') {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(input, { target: { files: [file] } });
}

/** Catches what the dialog hands to the browser as a download: the blobs and the file name. */
function captureDownloads() {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return { blobs, names };
}

beforeEach(() => useLocaleStore.getState().setLocale('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportDialog: JSON', () => {
  it('offers a viewer the JSON download but no import', () => {
    setup([], true);
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeTruthy();
    expect(screen.queryByTestId('import-file')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Import' })).toBeNull();
  });

  it('offers an editor the import', () => {
    setup();
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    expect(screen.getByTestId('import-file')).toBeTruthy();
  });

  it('downloads the journey as pretty-printed JSON named after it', async () => {
    const { doc } = setup();
    const { blobs, names } = captureDownloads();
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(names[0]).toMatch(/^apply-for-home-insurance-online-\d{4}-\d{2}-\d{2}\.journey\.json$/);
    const text = await readFileText(blobs[0]!);
    expect(text).toContain('\n  "schemaVersion": 1,');
    expect(JSON.parse(text)).toEqual(toJSON(doc));
  });

  it('downloads the touchpoints as a spreadsheet (CSV) named after the journey, which the spreadsheet import reads back', async () => {
    const { journey } = setup();
    const { blobs, names } = captureDownloads();
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(names[0]).toMatch(/^apply-for-home-insurance-online-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const back = parseTouchpointCsv(await readFileText(blobs[0]!));
    expect(back.ok && back.journey.touchpoints.map((t) => t.title)).toEqual(
      [...journey.phases].flatMap((p) => journey.touchpoints.filter((t) => t.phaseId === p.id).map((t) => t.title)),
    );
  });

  it('shows every problem of an invalid file with where it is, worded for people, and changes nothing', async () => {
    const { doc } = setup();
    const before = toJSON(doc);
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    const broken = { ...before, phases: [{ ...before.phases[0], name: '' }], touchpoints: before.touchpoints.slice(0, 1) };
    upload(JSON.stringify(broken), 'broken.journey.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.journey.json is not a valid journey');
    expect(alert.textContent).toContain('Phase 1 › name');
    expect(screen.queryByRole('button', { name: 'Replace the journey' })).toBeNull();
    expect(toJSON(doc)).toEqual(before);
  });

  it('reports a file that is not JSON', async () => {
    const { doc } = setup();
    const before = toJSON(doc);
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    upload('{ nope');
    expect((await screen.findByRole('alert')).textContent).toMatch(/not valid JSON/);
    expect(toJSON(doc)).toEqual(before);
  });

  it('replaces the journey after confirmation, keeps its id, and one undo restores it', async () => {
    const { doc } = setup();
    const before = toJSON(doc);
    const undo = new Y.UndoManager(
      ROOT_NAMES.map((name) => journeyMaps(doc)[name]),
      { trackedOrigins: new Set([ORIGIN]) },
    );
    const incoming: Journey = buildTemplate('car-rental-winter', { locale: 'nl', journeyId: 'j-other' });
    fireEvent.click(screen.getByRole('tab', { name: 'File' }));
    upload(JSON.stringify(incoming));
    const confirm = await screen.findByRole('button', { name: 'Replace the journey' });
    expect(screen.getByText(/Replace “.*” with “.*” from other\.journey\.json/)).toBeTruthy();
    expect(toJSON(doc)).toEqual(before); // nothing happens before the confirmation
    fireEvent.click(confirm);
    await screen.findByText(/was replaced by other\.journey\.json/);
    expect(toJSON(doc)).toEqual({ ...incoming, id: 'j-current' });
    expect(undo.undoStack.length).toBe(1);
    undo.undo();
    expect(toJSON(doc)).toEqual(before);
  });
});

describe('ExportDialog: image', () => {
  it('says so when the map is empty', () => {
    setup([]);
    expect(screen.getByText(/nothing to export/)).toBeTruthy();
  });

  it('shows the whole-map size and the image size at the chosen ratio', () => {
    setup([
      { id: 'a', position: { x: 0, y: 0 }, data: {}, width: 200, height: 100 },
      { id: 'b', position: { x: 800, y: 300 }, data: {}, width: 200, height: 100 },
    ]);
    expect(screen.getByTestId('export-size').textContent).toBe('Whole map: 1080 × 480 px · Image: 2160 × 960 px');
    fireEvent.click(screen.getByLabelText('3x'));
    expect(screen.getByTestId('export-size').textContent).toContain('Image: 3240 × 1440 px');
  });

  it('says where an SVG opens and where to use PNG instead, only when SVG is chosen', () => {
    setup([{ id: 'a', position: { x: 0, y: 0 }, data: {}, width: 200, height: 100 }]);
    expect(screen.queryByTestId('svg-note')).toBeNull();
    fireEvent.click(screen.getByLabelText('SVG'));
    expect(screen.getByTestId('svg-note').textContent).toMatch(/PowerPoint.*Use PNG for those\./);
  });

  it('refuses a PNG larger than the canvas limits, naming the largest ratio that fits', () => {
    setup([
      { id: 'a', position: { x: 0, y: 0 }, data: {}, width: 200, height: 100 },
      { id: 'b', position: { x: 20_000, y: 0 }, data: {}, width: 200, height: 100 },
    ]);
    expect(screen.getByRole('alert').textContent).toContain('The largest resolution that fits is 1x');
    expect((screen.getByRole('button', { name: 'Download PNG' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('1x'));
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByLabelText('SVG'));
    expect((screen.getByRole('button', { name: 'Download SVG' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('suggests SVG when not even 1x fits', () => {
    setup([
      { id: 'a', position: { x: 0, y: 0 }, data: {}, width: 200, height: 100 },
      { id: 'b', position: { x: 40_000, y: 0 }, data: {}, width: 200, height: 100 },
    ]);
    expect(screen.getByRole('alert').textContent).toMatch(/too large for a PNG even at 1x \(it fits at 0\.\d+x at most\)/);
  });

  it('speaks Dutch', async () => {
    useLocaleStore.getState().setLocale('nl');
    setup([{ id: 'a', position: { x: 0, y: 0 }, data: {}, width: 200, height: 100 }]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'PNG downloaden' })).toBeTruthy());
    expect(screen.getByRole('tab', { name: 'Afbeelding' })).toBeTruthy();
  });
});

describe('ExportDialog: image tab', () => {
  const node: Node = { id: 'n1', position: { x: 0, y: 0 }, data: {}, width: 100, height: 50 };

  it('asks the map to render every node shortly after the image tab opens, and stops when it closes', () => {
    vi.useFakeTimers();
    try {
      setup([node]);
      expect(useRenderEverything.getState().all).toBe(false);
      act(() => vi.advanceTimersByTime(300));
      expect(useRenderEverything.getState().all).toBe(true);
      cleanup();
      expect(useRenderEverything.getState().all).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not make the map render everything when the JSON tab is chosen at once', () => {
    vi.useFakeTimers();
    try {
      setup([node]);
      fireEvent.click(screen.getByRole('tab', { name: 'File' }));
      act(() => vi.advanceTimersByTime(1000));
      expect(useRenderEverything.getState().all).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
