// Where a new card goes on the map for the current selection: the place N adds a card and
// a paste puts its cards.
import type { Journey, Touchpoint } from '@touchpoint/model';

/**
 * Where a new card goes for the current selection: just after the selected card that comes
 * last on the map (phases left to right, cards top to bottom), else at the end of the
 * selected phase, else at the end of the first phase; null when the map has no phase.
 */
export function newTouchpointPlace(journey: Journey, selection: { touchpoints: readonly string[]; phase: string | null }): { phaseId: string; index: number } | null {
  const phaseRank = new Map(journey.phases.map((p, i) => [p.id, i]));
  const chosen = new Set(selection.touchpoints);
  let last: Touchpoint | null = null;
  for (const tp of journey.touchpoints) {
    if (!chosen.has(tp.id)) continue;
    const rank = phaseRank.get(tp.phaseId) ?? -1;
    const lastRank = last ? (phaseRank.get(last.phaseId) ?? -1) : -2;
    if (rank > lastRank || (rank === lastRank && tp.order > last!.order)) last = tp;
  }
  if (last) return { phaseId: last.phaseId, index: last.order + 1 };
  const phaseId = selection.phase !== null && phaseRank.has(selection.phase) ? selection.phase : journey.phases[0]?.id;
  if (phaseId === undefined) return null;
  return { phaseId, index: journey.touchpoints.filter((tp) => tp.phaseId === phaseId).length };
}
