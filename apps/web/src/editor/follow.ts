// Going to where someone else is on the map: the map nodes of what they selected (a step
// counts as the two cards it joins), else the point under their cursor, else nowhere.
import type { Journey } from '@touchpoint/model';
import { PHASE_NODE_PREFIX } from '../canvas/JourneyCanvas.tsx';
import type { Peer } from '../sync/presence.ts';

export type PeerPlace = { nodes: string[] } | { point: { x: number; y: number } } | null;

export function wherePeerIs(journey: Journey, peer: Pick<Peer, 'selection' | 'cursor'>): PeerPlace {
  const touchpoints = new Set(journey.touchpoints.map((tp) => tp.id));
  const phases = new Set(journey.phases.map((p) => p.id));
  const steps = new Map(journey.steps.map((s) => [s.id, s]));
  const nodes = new Set<string>();
  for (const id of peer.selection) {
    if (touchpoints.has(id)) nodes.add(id);
    else if (phases.has(id)) nodes.add(PHASE_NODE_PREFIX + id);
    else {
      const step = steps.get(id);
      if (step) nodes.add(step.from).add(step.to);
    }
  }
  if (nodes.size > 0) return { nodes: [...nodes] };
  return peer.cursor ? { point: peer.cursor } : null;
}
