// Find on the map: which phases and touchpoints hold a piece of text. The browser's own
// find cannot do this for a large map, whose cards off screen are not in the page.
import type { Journey, Phase, Touchpoint } from '@touchpoint/model';

/** The fields a match can be in, in the order they are tried. */
export type MatchField = 'name' | 'title' | 'channel' | 'goal' | 'callToAction' | 'description' | 'notes';

export interface MapMatch {
  kind: 'phase' | 'touchpoint';
  id: string;
  /** The phase's name or the touchpoint's title. */
  label: string;
  /** The first field that holds the text. */
  field: MatchField;
}

/** Text folded for matching: lower case, without accents (so "ideeen" finds "ideeën"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const PHASE_FIELDS = ['name', 'description'] as const satisfies readonly (keyof Phase & MatchField)[];
const TOUCHPOINT_FIELDS = ['title', 'goal', 'callToAction', 'description', 'notes'] as const satisfies readonly (keyof Touchpoint & MatchField)[];

/**
 * The phases and touchpoints that hold `query` (ignoring case, accents and the spaces
 * around it), in map order: each phase, then its touchpoints. An empty query finds nothing.
 */
export function findOnMap(journey: Journey, query: string): MapMatch[] {
  const needle = foldText(query.trim());
  if (needle === '') return [];
  const holds = (text: string) => text !== '' && foldText(text).includes(needle);
  const channelName = new Map(journey.channels.map((c) => [c.id, c.name]));
  const byPhase = new Map<string, Touchpoint[]>();
  for (const t of journey.touchpoints) {
    const list = byPhase.get(t.phaseId);
    if (list) list.push(t);
    else byPhase.set(t.phaseId, [t]);
  }
  const matches: MapMatch[] = [];
  for (const phase of [...journey.phases].sort((a, b) => a.order - b.order)) {
    const phaseField = PHASE_FIELDS.find((f) => holds(phase[f]));
    if (phaseField) matches.push({ kind: 'phase', id: phase.id, label: phase.name, field: phaseField });
    for (const t of [...(byPhase.get(phase.id) ?? [])].sort((a, b) => a.order - b.order)) {
      let field: MatchField | undefined = holds(t.title) ? 'title' : undefined;
      if (!field && t.channelId !== null && holds(channelName.get(t.channelId) ?? '')) field = 'channel';
      field ??= TOUCHPOINT_FIELDS.find((f) => holds(t[f]));
      if (field) matches.push({ kind: 'touchpoint', id: t.id, label: t.title, field });
    }
  }
  return matches;
}
