import { describe, expect, it } from 'vitest';
import {
  CANVAS_LIMITS,
  canvasSize,
  exportFileName,
  imageVariant,
  fitsCanvas,
  imageLayout,
  largestOfferedRatio,
  maxRatioThatFits,
  slugify,
} from './geometry.ts';

describe('imageLayout', () => {
  it('sizes the image to the bounds of all nodes plus padding, at zoom 1', () => {
    const layout = imageLayout({ x: -120, y: 300, width: 1000, height: 500 }, 40);
    expect(layout.width).toBe(1080);
    expect(layout.height).toBe(580);
    expect(layout.viewport).toEqual({ x: 160, y: -260, zoom: 1 });
    expect(layout.transform).toBe('translate(160px, -260px) scale(1)');
  });

  it('rounds fractional bounds up to whole pixels', () => {
    const layout = imageLayout({ x: 0, y: 0, width: 100.2, height: 50.5 }, 0);
    expect([layout.width, layout.height]).toEqual([101, 51]);
  });

  it('handles an empty map', () => {
    const layout = imageLayout({ x: 0, y: 0, width: 0, height: 0 }, 10);
    expect([layout.width, layout.height]).toEqual([20, 20]);
    expect(layout.viewport).toEqual({ x: 10, y: 10, zoom: 1 });
  });
});

describe('canvas limits', () => {
  it('multiplies by the pixel ratio', () => {
    expect(canvasSize(1000, 333.4, 3)).toEqual({ width: 3000, height: 1001 });
  });

  it('refuses a side longer than 32767 px or an area above 268,435,456 px', () => {
    expect(fitsCanvas(16_000, 1000, 2)).toBe(true);
    expect(fitsCanvas(17_000, 1000, 2)).toBe(false); // 34000 px wide
    expect(fitsCanvas(10_000, 10_000, 2)).toBe(false); // 400 megapixels
    expect(fitsCanvas(8_000, 8_000, 2)).toBe(true); // 256 megapixels
  });

  it('finds the largest ratio that fits, and it does fit', () => {
    expect(maxRatioThatFits(17_000, 1000)).toBe(1.92);
    expect(fitsCanvas(17_000, 1000, 1.92)).toBe(true);
    expect(fitsCanvas(17_000, 1000, 1.93)).toBe(false);
    const square = maxRatioThatFits(10_000, 10_000);
    expect(fitsCanvas(10_000, 10_000, square)).toBe(true);
    expect(fitsCanvas(10_000, 10_000, square + 0.01)).toBe(false);
  });

  it('offers the largest of 1x/2x/3x that fits, or none', () => {
    expect(largestOfferedRatio(2000, 1000)).toBe(3);
    expect(largestOfferedRatio(12_000, 1000)).toBe(2);
    expect(largestOfferedRatio(20_000, 1000)).toBe(1);
    expect(largestOfferedRatio(40_000, 1000)).toBeNull();
    expect(largestOfferedRatio(100, 100, { ...CANVAS_LIMITS, maxArea: 100 })).toBeNull();
  });
});

describe('file names', () => {
  it('slugifies titles, dropping accents and punctuation', () => {
    expect(slugify('Autohuur in de winter — Café & Co!')).toBe('autohuur-in-de-winter-cafe-co');
    expect(slugify('   ')).toBe('journey');
    expect(slugify('Extra’s voor de auto’s')).toBe('extras-voor-de-autos');
    expect(slugify('a'.repeat(200)).length).toBe(80);
  });

  it('names the file after the journey and the date', () => {
    const date = new Date(2026, 10, 3, 23, 59);
    expect(exportFileName('Insurance application', date, 'png')).toBe('insurance-application-2026-11-03.png');
    expect(exportFileName('Verzekering aanvragen', date, '.journey.json')).toBe('verzekering-aanvragen-2026-11-03.journey.json');
  });

  it('tells image exports of one map apart by ratio, friction and background', () => {
    const date = new Date(2026, 10, 3);
    const name = (options: Parameters<typeof imageVariant>[0]) => exportFileName('Claims', date, options.format, imageVariant(options));
    expect(name({ format: 'png', ratio: 1, includeFriction: true, background: 'light' })).toBe('claims-2026-11-03.png');
    expect(name({ format: 'png', ratio: 2, includeFriction: true, background: 'light' })).toBe('claims-2x-2026-11-03.png');
    expect(name({ format: 'png', ratio: 3, includeFriction: false, background: 'transparent' })).toBe('claims-3x-no-friction-transparent-2026-11-03.png');
    // An SVG has no pixel ratio.
    expect(name({ format: 'svg', ratio: 2, includeFriction: false, background: 'light' })).toBe('claims-no-friction-2026-11-03.svg');
    // In the interface's words.
    expect(exportFileName('Claims', date, 'png', imageVariant({ format: 'png', ratio: 2, includeFriction: false, background: 'transparent' }, { noFriction: 'zonder frictie', transparent: 'transparant' }))).toBe(
      'claims-2x-zonder-frictie-transparant-2026-11-03.png',
    );
  });
});
