import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addPhase, createJourney, onJourneyReplaced, replaceJourney, toJSON, updateJourney } from '../src/index.ts';

function journeyDoc(title: string): Y.Doc {
  const doc = new Y.Doc();
  createJourney(doc, { title });
  addPhase(doc, { name: 'Orientation' });
  return doc;
}

describe('onJourneyReplaced', () => {
  it('reports each replacement of the whole journey with its origin, on this replica and on another', () => {
    const a = journeyDoc('Before');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update, 'network'));
    const seenA: unknown[] = [];
    const seenB: unknown[] = [];
    onJourneyReplaced(a, (origin) => seenA.push(origin));
    onJourneyReplaced(b, (origin) => seenB.push(origin));

    const replacement = { ...toJSON(journeyDoc('After')), id: toJSON(a).id };
    replaceJourney(a, replacement, 'restore');
    replaceJourney(a, replacement, 'import');

    expect(seenA).toEqual(['restore', 'import']);
    expect(seenB).toEqual(['network', 'network']);
    expect(toJSON(b).title).toBe('After');
  });

  it('stays silent for ordinary edits, for an invalid replacement and once stopped', () => {
    const doc = journeyDoc('Before');
    const seen: unknown[] = [];
    const stop = onJourneyReplaced(doc, (origin) => seen.push(origin));
    updateJourney(doc, { title: 'Renamed' }, 'alice');
    addPhase(doc, { name: 'Purchase' }, 'alice');
    // Tried: a replacement that is not a journey. It throws and the document keeps its content.
    expect(() => replaceJourney(doc, { title: 42 }, 'import')).toThrow();
    expect(toJSON(doc).title).toBe('Renamed');
    expect(seen).toEqual([]);
    stop();
    replaceJourney(doc, toJSON(journeyDoc('After')), 'import');
    expect(seen).toEqual([]);
  });
});
