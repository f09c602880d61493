// Draws the whole React Flow map into a PNG or SVG file with html-to-image, in stages that
// report progress and can be cancelled. The DOM of `.react-flow__viewport` is cloned with a
// transform that shows every node at zoom 1, whatever the zoom on screen.
import { getFontEmbedCSS } from 'html-to-image';
import { loadSvgImage, viewportToSvg } from './dom-svg.ts';
import { canvasSize, fitsCanvas, type ImageLayout } from './geometry.ts';

export type ImageFormat = 'png' | 'svg';
export type ExportStage = 'fonts' | 'copy' | 'draw' | 'encode';

export interface ImageExportOptions {
  format: ImageFormat;
  layout: ImageLayout;
  pixelRatio: number;
  includeFriction: boolean;
  background: 'light' | 'transparent';
  signal?: AbortSignal;
  onProgress?: (stage: ExportStage, fraction: number) => void;
}

export const LIGHT_BACKGROUND = '#f8fafc';

export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled.');
    this.name = 'ExportCancelled';
  }
}

export class CanvasTooLarge extends Error {
  constructor(readonly width: number, readonly height: number) {
    super(`The image would be ${width} × ${height} px, larger than the browser can draw.`);
    this.name = 'CanvasTooLarge';
  }
}

/** Lets the browser paint and handle input (the progress bar, the cancel button). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Elements that never belong in an exported image. */
export function exportFilter(includeFriction: boolean): (node: Node) => boolean {
  return (node) => {
    if (!(node instanceof Element)) return true;
    const classes = node.classList;
    if (classes.contains('tp-presence') || classes.contains('tp-backdrop')) return false;
    // Selection rings and lines: an image looks the same whatever is selected.
    if (classes.contains('tp-selection')) return false;
    // Editing affordances (drag grips, header buttons, connection handles) are not part of the map.
    if (classes.contains('tp-edit-control')) return false;
    if (!includeFriction && classes.contains('tp-friction')) return false;
    // React Flow's own chrome, should any of it sit inside the viewport.
    if (classes.contains('react-flow__minimap') || classes.contains('react-flow__controls') || classes.contains('react-flow__panel')) {
      return false;
    }
    return true;
  };
}

// Font embedding reads every stylesheet and inlines each font file: do it once per page.
let fontCss: Promise<string> | null = null;
function fontEmbedCss(element: HTMLElement): Promise<string> {
  fontCss ??= getFontEmbedCSS(element).catch(() => '');
  return fontCss;
}

/** Exports the React Flow viewport element as a PNG or SVG blob. */
export async function exportMapImage(viewportElement: HTMLElement, options: ImageExportOptions): Promise<Blob> {
  const { layout, signal, onProgress, format } = options;
  const ratio = format === 'png' ? options.pixelRatio : 1;
  const check = () => {
    if (signal?.aborted) throw new ExportCancelled();
  };
  // Marks for profiling (read by the export benchmark): where the time of an export goes.
  const mark = (name: string) => globalThis.performance?.mark?.(`tp-export:${name}`);
  if (format === 'png' && !fitsCanvas(layout.width, layout.height, ratio)) {
    const size = canvasSize(layout.width, layout.height, ratio);
    throw new CanvasTooLarge(size.width, size.height);
  }

  // Each stage is announced, then the browser gets a frame to show it before the work starts.
  const enter = async (stage: ExportStage) => {
    onProgress?.(stage, 0);
    await yieldToBrowser();
    check();
  };

  mark('start');
  await enter('fonts');
  const fontEmbedCSS = await fontEmbedCss(viewportElement);
  mark('fonts-done');
  check();

  const keep = exportFilter(options.includeFriction);
  const backgroundColor = options.background === 'light' ? LIGHT_BACKGROUND : undefined;
  await enter('copy');
  const svg = viewportToSvg(viewportElement, { layout, keep: (element) => keep(element), backgroundColor, fontCss: fontEmbedCSS });
  mark('copied');
  check();
  if (format === 'svg') {
    onProgress?.('encode', 1);
    return new Blob([svg], { type: 'image/svg+xml' });
  }

  await enter('draw');
  const image = await loadSvgImage(svg);
  mark('decoded');
  check();
  const size = canvasSize(layout.width, layout.height, ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new CanvasTooLarge(size.width, size.height);
  if (backgroundColor) {
    context.fillStyle = backgroundColor;
    context.fillRect(0, 0, size.width, size.height);
  }
  context.drawImage(image, 0, 0, size.width, size.height);
  mark('drawn');
  check();
  await enter('encode');
  if (canvas.width === 0 || canvas.height === 0) throw new CanvasTooLarge(canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the canvas memory go at once: a 3x export of a large map holds hundreds of MB.
  canvas.width = 0;
  canvas.height = 0;
  mark('encoded');
  check();
  if (!blob) throw new CanvasTooLarge(size.width, size.height);
  return blob;
}
