import { describe, expect, it } from 'vitest';
import { BADGE_ROW_WIDTH, fitBadges } from './card-badges.ts';

describe('badge row fit', () => {
  it('shows both KPI chips when the row has room for them', () => {
    expect(fitBadges([], ['61/80%', '540/360s'])).toEqual({ compactFlags: false, chips: 2 });
    expect(fitBadges(['▶ Start'], ['9.5/8%'])).toEqual({ compactFlags: false, chips: 1 });
  });

  it('counts a chip that would be squeezed below its value in "+N" instead (a key moment and two KPIs)', () => {
    expect(fitBadges(['★ Key moment'], ['61/80%', '540/360s'])).toEqual({ compactFlags: false, chips: 1 });
    expect(fitBadges(['★ Key moment', '✦ Wow moment'], ['4/5', '7/9'])).toEqual({ compactFlags: false, chips: 0 });
  });

  it('never shows more than two chips', () => {
    expect(fitBadges([], ['1/2', '3/4', '5/6'])).toEqual({ compactFlags: false, chips: 2 });
  });

  it('shows flags as their symbols when their full labels alone would not fit in the row', () => {
    const flags = ['▶ Start', '★ Sleutelmoment', '✦ Wow-moment', '■ Einde'];
    expect(fitBadges(flags, [])).toEqual({ compactFlags: true, chips: 0 });
    expect(fitBadges(flags, ['61/80%'])).toEqual({ compactFlags: true, chips: 1 });
    expect(fitBadges(['★ Key moment'], [], 2, 60)).toEqual({ compactFlags: true, chips: 0 });
    expect(BADGE_ROW_WIDTH).toBe(224);
  });
});
