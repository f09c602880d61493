// A step's labels on the map: the channel switch badge and the step's own label, placed
// by labelPlace (step-path.ts) around a point at the middle of the step, so that neither
// covers the other or the line's ends. Long text wraps (a label to two lines, a badge to
// three; on a lane route between rows of cards one line each) and then ends in an ellipsis;
// the whole text is in the title. Where a badge has little room (beside a step down a
// column, between neighbouring columns) it takes its short form ("⇄ partial").
import type { CSSProperties } from 'react';
import type { LabelPlace } from './step-path.ts';

interface StepLabelsProps {
  place: LabelPlace;
  /**
   * The channel switch badge ("⇄ partial handoff", or "⇄ partial" where room is short), in
   * the handoff's colour; null for a plain step.
   */
  badge: { text: string; short: string; title: string; color: string } | null;
  label: string;
  testId: string;
}

/** Room between the point (on the line) and the labels: a switch's arrowhead is 16 px wide. */
const CLEAR = 10;
/** The slot: a transparent box, at most its maximum width, whose lines end in an ellipsis. */
const SLOT = 'pointer-events-auto absolute text-[10px] leading-[16px] [overflow-wrap:anywhere]';
/** The text: inline, so each line of a wrapped text gets a background just as wide as its words. */
const PILL = 'box-decoration-clone px-1.5 py-px shadow-sm';
const BADGE = `${PILL} rounded-[7px] border bg-white font-semibold`;
const LABEL = `${PILL} rounded bg-white/90 text-slate-600`;

/** The least room for a badge's full text on one line ("⇄ gedeeltelijke overdracht"). */
export const BADGE_FULL_WIDTH = 160;

/** Where each label goes around the point, as a position relative to it. */
function slots(place: LabelPlace, both: boolean): { badge: CSSProperties; label: CSSProperties } {
  const half = place.maxWidth / 2 - CLEAR;
  if (place.layout === 'sides') {
    // The badge left of the line, the label right of it.
    return {
      badge: { right: CLEAR, top: 0, transform: 'translateY(-50%)', maxWidth: half, textAlign: 'right' },
      label: { left: CLEAR, top: 0, transform: 'translateY(-50%)', maxWidth: half },
    };
  }
  // A caption: the badge above the line, the label below it (alone, above it), clear of a
  // straight line's arrowheads (16 px high).
  const centred: CSSProperties = { left: 0, transform: 'translateX(-50%)', maxWidth: place.maxWidth, textAlign: 'center' };
  const gap = CLEAR - 1;
  return { badge: { ...centred, bottom: gap }, label: both ? { ...centred, top: gap } : { ...centred, bottom: gap } };
}

export function StepLabels({ place, badge, label, testId }: StepLabelsProps) {
  const at = slots(place, Boolean(badge && label));
  const badgeRoom = place.layout === 'sides' ? place.maxWidth / 2 - CLEAR : place.maxWidth;
  const badgeText = badge && (badgeRoom < BADGE_FULL_WIDTH ? badge.short : badge.text);
  return (
    <div
      className="nodrag nopan pointer-events-none absolute h-0 w-0"
      style={{ transform: `translate(${place.x}px, ${place.y}px)` }}
      data-testid={testId}
      data-layout={place.layout}
    >
      {badge && (
        <span className={`${SLOT} ${place.oneLine ? 'line-clamp-1' : 'line-clamp-3'}`} style={{ ...at.badge, width: 'max-content' }} title={badge.title} data-testid="switch-badge">
          <span className={BADGE} style={{ color: badge.color, borderColor: badge.color }}>
            {badgeText}
          </span>
        </span>
      )}
      {label && (
        <span className={`${SLOT} ${place.oneLine ? 'line-clamp-1' : 'line-clamp-2'}`} style={{ ...at.label, width: 'max-content' }} title={label} data-testid="step-label-text">
          <span className={LABEL}>{label}</span>
        </span>
      )}
    </div>
  );
}
