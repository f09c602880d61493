// Copy and paste of touchpoints: the copy of the selected cards (with their KPIs,
// the steps between them and the channels they use) and its paste into this or another
// journey. A paste is one transaction with the local origin, so it is one undo step.
import { addChannel, addKpi, addTouchpoint, connectStep, type Channel, type Journey, type Kpi, type Step, type Touchpoint } from '@touchpoint/model';
import type * as Y from 'yjs';
import { newTouchpointPlace } from './card-place.ts';
import { foldText } from './find.ts';

export interface Clipboard {
  touchpoints: Touchpoint[];
  steps: Step[];
  /** The channels the touchpoints use, so a paste into another journey can find them by name, or add them. */
  channels: Channel[];
}

/** The selected touchpoints and the steps between them. */
export function copySelection(journey: Journey, touchpointIds: string[]): Clipboard | null {
  const ids = new Set(touchpointIds);
  const touchpoints = journey.touchpoints.filter((tp) => ids.has(tp.id));
  if (touchpoints.length === 0) return null;
  const steps = journey.steps.filter((s) => ids.has(s.from) && ids.has(s.to));
  const used = new Set(touchpoints.map((tp) => tp.channelId));
  const channels = journey.channels.filter((c) => used.has(c.id));
  return { touchpoints, steps, channels };
}

/**
 * The journey's channel for each copied card's channel, made while pasting: the same channel
 * when the copy comes from this journey (same id, same name), else the journey's channel of
 * the same name (ignoring case, accents and the spaces around it), else a new one like the
 * copied one (name, kind, whether the customer can buy there), made once and named in
 * `added`. Call it inside the paste's transaction, so a new channel is undone with the paste.
 */
function channelsFor(doc: Y.Doc, origin: object, journey: Journey, clip: Clipboard) {
  const key = (name: string) => foldText(name.trim());
  const own = new Map(journey.channels.map((c) => [c.id, c]));
  const byName = new Map(journey.channels.map((c) => [key(c.name), c.id]));
  const copied = new Map(clip.channels.map((c) => [c.id, c]));
  const added: string[] = [];
  const channelOf = (channelId: string | null): string | null => {
    if (!channelId) return null;
    const source = copied.get(channelId);
    const mine = own.get(channelId);
    if (mine && (!source || key(source.name) === key(mine.name))) return channelId;
    if (!source) return null;
    const found = byName.get(key(source.name));
    if (found) return found;
    const created = addChannel(doc, { name: source.name, kind: source.kind, canConvert: source.canConvert }, origin);
    byName.set(key(source.name), created);
    added.push(source.name);
    return created;
  };
  return { channelOf, added };
}

/** What a paste made: the copies of the cards, and the names of the channels it had to add. */
export interface Pasted {
  touchpoints: string[];
  addedChannels: string[];
}

/**
 * Where a paste puts its cards: all together from an index of one phase; each just below its
 * original; or each at the end of its original's phase (the first phase where that phase is
 * not in this journey).
 */
export type PastePlace = { phaseId: string; index: number } | 'below-originals' | 'own-phases';

/**
 * Pastes copies of the clipboard's touchpoints (new ids) with their KPIs, the steps between
 * them and their channels (found in this journey by name, else added to it); a copy of a
 * start card is a start only in a journey that has none. At a place: one after the other from
 * there, in the copy's order. `below-originals`: each just below its original, for copies
 * of this journey's own cards (the first phase when an original's phase is gone). Nothing
 * is pasted into a journey without phases.
 */
export function pasteClipboard(doc: Y.Doc, origin: object, journey: Journey, clip: Clipboard, place: PastePlace): Pasted {
  const phases = new Set(journey.phases.map((p) => p.id));
  const { channelOf, added } = channelsFor(doc, origin, journey, clip);
  const fallback = journey.phases[0]?.id;
  if (!fallback || (typeof place === 'object' && !phases.has(place.phaseId))) return { touchpoints: [], addedChannels: [] };
  const hasStart = journey.touchpoints.some((tp) => tp.isStart);
  const idMap = new Map<string, string>();
  // Copies placed so far per phase: each pushes the later originals of its column down one.
  const placed = new Map<string, number>();
  const phaseRank = new Map(journey.phases.map((p, i) => [p.id, i]));
  const touchpoints =
    place === 'below-originals'
      ? [...clip.touchpoints].sort((a, b) => (phaseRank.get(a.phaseId) ?? 0) - (phaseRank.get(b.phaseId) ?? 0) || a.order - b.order)
      : clip.touchpoints;
  doc.transact(() => {
    for (const [n, tp] of touchpoints.entries()) {
      const { id, phaseId, order, kpis, channelId, ...fields } = tp;
      let at: { phaseId: string; index?: number };
      if (typeof place === 'object') at = { phaseId: place.phaseId, index: place.index + n };
      else if (!phases.has(phaseId)) at = { phaseId: fallback };
      else if (place === 'own-phases') at = { phaseId };
      else {
        const before = placed.get(phaseId) ?? 0;
        placed.set(phaseId, before + 1);
        at = { phaseId, index: order + 1 + before };
      }
      // A journey starts in one place: a copy of the start card is not a second start.
      const isStart = fields.isStart && !hasStart;
      const newId = addTouchpoint(doc, { ...fields, isStart, ...at, channelId: channelOf(channelId) }, origin);
      idMap.set(id, newId);
      for (const kpi of kpis as Kpi[]) {
        const { id: _kpiId, ...kpiFields } = kpi;
        addKpi(doc, newId, kpiFields, origin);
      }
    }
    for (const step of clip.steps) {
      const from = idMap.get(step.from);
      const to = idMap.get(step.to);
      if (from && to) connectStep(doc, { from, to, label: step.label, handoff: step.handoff }, origin);
    }
  }, origin);
  return { touchpoints: [...idMap.values()], addedChannels: added };
}

/**
 * Pastes the clipboard where a new card would go for the selection (after the selected
 * card that comes last on the map, else at the end of the selected phase); with nothing
 * selected, each card at the end of its own phase when the copy comes from this journey's
 * phases, else at the end of the first phase: what it made, or null, pasting nothing, when
 * the journey has no phase to paste into.
 */
export function pasteAtSelection(
  doc: Y.Doc,
  origin: object,
  journey: Journey,
  clip: Clipboard,
  selection: { touchpoints: readonly string[]; phase: string | null },
): Pasted | null {
  // Nothing selected, and the cards come from this journey's phases: each goes back to the
  // end of its own column, rather than all into the first one.
  const nothingSelected = selection.touchpoints.length === 0 && selection.phase === null;
  const phases = new Set(journey.phases.map((p) => p.id));
  if (nothingSelected && phases.size > 0 && clip.touchpoints.some((tp) => phases.has(tp.phaseId))) {
    return pasteClipboard(doc, origin, journey, clip, 'own-phases');
  }
  const place = newTouchpointPlace(journey, selection);
  return place ? pasteClipboard(doc, origin, journey, clip, place) : null;
}
