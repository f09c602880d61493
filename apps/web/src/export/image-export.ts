// Draws the whole React Flow map into a PNG or SVG file with html-to-image, in stages that
// report progress and can be cancelled. The DOM of `.react-flow__viewport` is cloned with a
// transform that shows every node at zoom 1, whatever the zoom on screen.
import { getFontEmbedCSS, toCanvas, toSvg } from 'html-to-image';
import type { Options } from 'html-to-image/lib/types';
import { canvasSize, fitsCanvas, type ImageLayout } from './geometry.ts';

export type ImageFormat = 'png' | 'svg';
export type ExportStage = 'fonts' | 'copy' | 'encode';

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
    if (classes.contains('tp-presence')) return false;
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

function countNodes(root: Element): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let count = 0;
  while (walker.nextNode()) count++;
  return Math.max(1, count);
}

/** Exports the React Flow viewport element as a PNG or SVG blob. */
export async function exportMapImage(viewportElement: HTMLElement, options: ImageExportOptions): Promise<Blob> {
  const { layout, signal, onProgress, format } = options;
  const ratio = format === 'png' ? options.pixelRatio : 1;
  const check = () => {
    if (signal?.aborted) throw new ExportCancelled();
  };
  if (format === 'png' && !fitsCanvas(layout.width, layout.height, ratio)) {
    const size = canvasSize(layout.width, layout.height, ratio);
    throw new CanvasTooLarge(size.width, size.height);
  }

  onProgress?.('fonts', 0);
  await yieldToBrowser();
  check();
  const fontEmbedCSS = await fontEmbedCss(viewportElement);
  check();

  const total = countNodes(viewportElement);
  let seen = 0;
  const keep = exportFilter(options.includeFriction);
  const htmlOptions: Options = {
    width: layout.width,
    height: layout.height,
    pixelRatio: ratio,
    skipAutoScale: true,
    fontEmbedCSS,
    backgroundColor: options.background === 'light' ? LIGHT_BACKGROUND : undefined,
    style: { width: `${layout.width}px`, height: `${layout.height}px`, transform: layout.transform },
    filter: (node) => {
      seen++;
      if (signal?.aborted) throw new ExportCancelled();
      return keep(node);
    },
  };
  onProgress?.('copy', 0);
  await yieldToBrowser();
  check();

  if (format === 'svg') {
    const dataUrl = await toSvg(viewportElement, htmlOptions);
    check();
    onProgress?.('encode', Math.min(1, seen / total));
    const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
    return new Blob([svg], { type: 'image/svg+xml' });
  }

  const canvas = await toCanvas(viewportElement, htmlOptions);
  check();
  onProgress?.('encode', Math.min(1, seen / total));
  await yieldToBrowser();
  check();
  if (canvas.width === 0 || canvas.height === 0) throw new CanvasTooLarge(canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  // Let the canvas memory go at once: a 3x export of a large map holds hundreds of MB.
  canvas.width = 0;
  canvas.height = 0;
  check();
  if (!blob) {
    const size = canvasSize(layout.width, layout.height, ratio);
    throw new CanvasTooLarge(size.width, size.height);
  }
  return blob;
}
