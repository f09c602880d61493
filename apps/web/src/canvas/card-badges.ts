// Which badges fit in a card's one badge row (flags such as Start or Key moment, then KPI
// chips, then "+N" for the KPIs left out; a speech bubble and n for open comments keeps its room at the
// end). The row never wraps: the card has a fixed height, so a second row would be cut
// off, on the map and in exported images.
//
// Widths are estimated from the text, the same on every screen and in every export, on the
// wide side (DejaVu Sans, the widest common fallback for the map's font): a chip then gets
// at least room for the start of its name and its whole value, and the row's CSS shrinks
// the chips (with an ellipsis) to whatever the real font leaves.
import { CARD_WIDTH } from './layout.ts';

/** The badge row's width: the card less its side padding. */
export const BADGE_ROW_WIDTH = CARD_WIDTH - 24;
const GAP = 4;
/** A badge's side padding and border. */
const PADDING = 12;
/** The least room a shown KPI chip leaves its name (about five letters and an ellipsis). */
const MIN_NAME = 36;
/** Average advance of a character at the badges' 10 px: semibold flags, medium values. */
const FLAG_CHAR = 7.2;
const VALUE_CHAR = 6.6;

export interface BadgeFit {
  /** Flags as their symbol only (the label in their title): the full ones would not fit. */
  compactFlags: boolean;
  /** How many KPI chips are shown; the rest are counted in "+N". */
  chips: number;
}

const badgeWidth = (text: string, char: number) => PADDING + text.length * char;
const plusWidth = (hidden: number) => (hidden > 0 ? badgeWidth(`+${hidden}`, VALUE_CHAR) - PADDING : 0);

/** The width the row needs for these widths of badges, with the gaps between them. */
const rowWidth = (widths: number[]) => widths.reduce((sum, w) => sum + w, 0) + GAP * Math.max(0, widths.filter((w) => w > 0).length - 1);

/**
 * How the flags (their full labels, as shown) and the KPI chips (their values, as shown
 * after the name) fit in one row of `width`: at most `maxChips` chips, fewer when they
 * would be squeezed below their value and the start of their name.
 */
export function fitBadges(flags: readonly string[], kpiValues: readonly string[], maxChips = 2, width = BADGE_ROW_WIDTH): BadgeFit {
  const chipWidths = kpiValues.map((value) => badgeWidth(` ${value}`, VALUE_CHAR) + MIN_NAME);
  const fit = (flagWidths: number[]): number | null => {
    for (let chips = Math.min(maxChips, kpiValues.length); chips >= 0; chips--) {
      if (rowWidth([...flagWidths, ...chipWidths.slice(0, chips), plusWidth(kpiValues.length - chips)]) <= width) return chips;
    }
    return null;
  };
  const full = fit(flags.map((label) => badgeWidth(label, FLAG_CHAR)));
  if (full !== null) return { compactFlags: false, chips: full };
  // A symbol (the label's first character) in a badge.
  return { compactFlags: true, chips: fit(flags.map(() => badgeWidth('★', FLAG_CHAR) + 4)) ?? 0 };
}

/** Room for the open comments' badge, a speech bubble (drawn, about two characters wide) and n, with its gap. */
export function commentBadgeWidth(open: number): number {
  return open > 0 ? badgeWidth(`MM ${open}`, VALUE_CHAR) + GAP : 0;
}
