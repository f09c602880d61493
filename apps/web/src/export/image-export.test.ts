import { describe, expect, it } from 'vitest';
import { exportFilter } from './image-export.ts';

const element = (className: string) => {
  const div = document.createElement('div');
  div.className = className;
  return div;
};

describe('export filter', () => {
  it('leaves out selection rings and lines, and colleagues’ selections, so an image looks the same whatever is selected', () => {
    const keep = exportFilter(true);
    expect(keep(element('tp-selection pointer-events-none absolute inset-0 ring-2'))).toBe(false);
    expect(keep(element('tp-presence'))).toBe(false);
    expect(keep(element('flex h-full rounded-xl border bg-white'))).toBe(true);
  });

  it('leaves out the friction overlay only when asked', () => {
    expect(exportFilter(true)(element('tp-friction'))).toBe(true);
    expect(exportFilter(false)(element('tp-friction'))).toBe(false);
  });
});
