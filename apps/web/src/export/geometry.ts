// The maths of an image export, kept pure so it can be tested without a browser:
// the size of the whole map, whether a canvas of that size can be drawn, and file names.
import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/react';

/** Space around the outermost cards, so edges that bend outside them are not cut off. */
export const EXPORT_PADDING = 40;

/** What Chromium's canvas accepts: at most 32767 px a side and 268,435,456 px in all. */
export interface CanvasLimits {
  maxDimension: number;
  maxArea: number;
}
export const CANVAS_LIMITS: CanvasLimits = { maxDimension: 32_767, maxArea: 268_435_456 };

export const PIXEL_RATIOS = [1, 2, 3] as const;
export type PixelRatio = (typeof PIXEL_RATIOS)[number];

export interface ImageLayout {
  /** Size of the image in CSS pixels (before the pixel ratio). */
  width: number;
  height: number;
  /** The viewport that shows the whole map at zoom 1 inside that image. */
  viewport: Viewport;
  /** The CSS transform for `.react-flow__viewport`. */
  transform: string;
}

/** The image that holds every node at its natural size, whatever the current zoom. */
export function imageLayout(bounds: Rect, padding = EXPORT_PADDING): ImageLayout {
  const width = Math.max(1, Math.ceil(bounds.width + 2 * padding));
  const height = Math.max(1, Math.ceil(bounds.height + 2 * padding));
  const fitted =
    bounds.width > 0 && bounds.height > 0
      ? getViewportForBounds(bounds, width, height, 1, 1, padding)
      : { x: padding - bounds.x, y: padding - bounds.y, zoom: 1 };
  const viewport = { x: round(fitted.x), y: round(fitted.y), zoom: 1 };
  return { width, height, viewport, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(1)` };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The size in device pixels of an image at a pixel ratio. */
export function canvasSize(width: number, height: number, ratio: number): { width: number; height: number } {
  return { width: Math.ceil(width * ratio), height: Math.ceil(height * ratio) };
}

export function fitsCanvas(width: number, height: number, ratio: number, limits: CanvasLimits = CANVAS_LIMITS): boolean {
  const size = canvasSize(width, height, ratio);
  return size.width <= limits.maxDimension && size.height <= limits.maxDimension && size.width * size.height <= limits.maxArea;
}

/** The largest pixel ratio (to two decimals, rounded down) at which the image still fits a canvas. */
export function maxRatioThatFits(width: number, height: number, limits: CanvasLimits = CANVAS_LIMITS): number {
  const raw = Math.min(limits.maxDimension / width, limits.maxDimension / height, Math.sqrt(limits.maxArea / (width * height)));
  let ratio = Math.floor(raw * 100) / 100;
  // Rounding up to whole pixels can still tip it over: step down until it fits.
  while (ratio > 0 && !fitsCanvas(width, height, ratio, limits)) ratio = Math.round((ratio - 0.01) * 100) / 100;
  return Math.max(0, ratio);
}

/** The largest of the offered ratios that fits, or null when not even 1x does. */
export function largestOfferedRatio(width: number, height: number, limits: CanvasLimits = CANVAS_LIMITS): PixelRatio | null {
  const fitting = PIXEL_RATIOS.filter((r) => fitsCanvas(width, height, r, limits));
  return fitting.length ? fitting[fitting.length - 1]! : null;
}

/** A file-name-safe slug: lower case, accents dropped, words joined by hyphens. */
export function slugify(text: string, fallback = 'journey'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // An apostrophe joins its word: "Auto’s" is "autos", not "auto-s".
    .replace(/['’‘]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** The local calendar date as YYYY-MM-DD. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `car-rental-in-winter-2026-11-23.png`: the journey's title and the day of the export. */
export function exportFileName(title: string, date: Date, extension: string, variant: readonly string[] = []): string {
  const parts = [slugify(title), ...variant.map((part) => slugify(part)), isoDate(date)];
  return `${parts.join('-')}.${extension.replace(/^\./, '')}`;
}

/**
 * What sets one image export apart from another of the same map, for its file name: the
 * pixel ratio of a PNG above 1x, no friction, a transparent background.
 */
export function imageVariant(
  options: { format: 'png' | 'svg'; ratio: number; includeFriction: boolean; background: 'light' | 'transparent' },
  words: { noFriction: string; transparent: string } = { noFriction: 'no friction', transparent: 'transparent' },
): string[] {
  const variant: string[] = [];
  if (options.format === 'png' && options.ratio !== 1) variant.push(`${options.ratio}x`);
  if (!options.includeFriction) variant.push(words.noFriction);
  if (options.background === 'transparent') variant.push(words.transparent);
  return variant;
}
