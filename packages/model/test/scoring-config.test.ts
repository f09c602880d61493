// The scoring configuration in the document: each rule's settings on their own, so that
// concurrent changes of different rules both survive; older documents that hold the whole
// configuration as one value read the same and convert on the first change of a rule.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJourney, fromJSON, journeyMaps, ROOT_NAMES, setScoringRule, toJSON, updateJourney } from '../src/index.ts';
import { expectRefused } from './fixtures.ts';

function journeyDoc(scoring?: Record<string, unknown>): Y.Doc {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims', ...(scoring ? { scoring } : {}) });
  return doc;
}

/** Two replicas of one document that do not see each other's changes until `sync()`. */
function replicas(scoring?: Record<string, unknown>) {
  const a = journeyDoc(scoring);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  };
  return { a, b, sync };
}

describe('setScoringRule', () => {
  it('keeps both of two concurrent changes of different rules (one person offline, say)', () => {
    const { a, b, sync } = replicas({ rules: { loop: { weight: 2 } } });
    setScoringRule(a, 'emotion-low', { enabled: false });
    setScoringRule(b, 'high-effort', { thresholds: { maxSteps: 40 } });
    sync();
    const expected = { rules: { loop: { weight: 2 }, 'emotion-low': { enabled: false }, 'high-effort': { thresholds: { maxSteps: 40 } } } };
    expect(toJSON(a).scoring).toEqual(expected);
    expect(toJSON(b).scoring).toEqual(expected);
  });

  it('converges on one value when both change the same rule', () => {
    const { a, b, sync } = replicas();
    setScoringRule(a, 'loop', { weight: 2 });
    setScoringRule(b, 'loop', { weight: 3 });
    sync();
    expect(toJSON(a).scoring).toEqual(toJSON(b).scoring);
    expect([2, 3]).toContain((toJSON(a).scoring.rules as Record<string, { weight: number }>).loop!.weight);
  });

  it('removes a rule’s settings with null, and says whether anything changed', () => {
    const doc = journeyDoc({ rules: { loop: { weight: 2 } } });
    expect(setScoringRule(doc, 'loop', { weight: 2 })).toBe(false);
    expect(setScoringRule(doc, 'loop', null)).toBe(true);
    expect(setScoringRule(doc, 'loop', null)).toBe(false);
    expect(toJSON(doc).scoring).toEqual({ rules: {} });
  });

  it('converts a document that holds the whole configuration as one value, keeping what it held', () => {
    const doc = journeyDoc();
    // As documents were written before: one plain value under meta.scoring.
    journeyMaps(doc).meta.set('scoring', { rules: { loop: { weight: 2 } } });
    expect(toJSON(doc).scoring).toEqual({ rules: { loop: { weight: 2 } } });
    setScoringRule(doc, 'emotion-low', { enabled: false });
    expect(journeyMaps(doc).meta.get('scoring')).toBeInstanceOf(Y.Map);
    expect(toJSON(doc).scoring).toEqual({ rules: { loop: { weight: 2 }, 'emotion-low': { enabled: false } } });
  });

  it('is one undoable step of the person who made it', () => {
    const doc = journeyDoc();
    const me = {};
    const maps = journeyMaps(doc);
    const undo = new Y.UndoManager(
      ROOT_NAMES.map((name) => maps[name]),
      { trackedOrigins: new Set([me]) },
    );
    setScoringRule(doc, 'loop', { severity: 'critical' }, me);
    expect(toJSON(doc).scoring).toEqual({ rules: { loop: { severity: 'critical' } } });
    undo.undo();
    expect(toJSON(doc).scoring).toEqual({});
  });

  it('refuses a bad rule id or settings that are not an object, writing nothing', () => {
    const doc = journeyDoc();
    expectRefused(doc, () => setScoringRule(doc, '', { enabled: false }));
    expectRefused(doc, () => setScoringRule(doc, 'loop', [1, 2] as never));
    expect(toJSON(doc).scoring).toEqual({});
  });
});

describe('the whole configuration', () => {
  it('round-trips through fromJSON, toJSON and updateJourney', () => {
    const scoring = { rules: { loop: { weight: 2 }, 'no-service': { thresholds: { teams: ['service'] } } } };
    const doc = journeyDoc(scoring);
    expect(toJSON(doc).scoring).toEqual(scoring);
    expect(toJSON(fromJSON(toJSON(doc))).scoring).toEqual(scoring);
    expect(updateJourney(doc, { scoring })).toBe(false);
    expect(updateJourney(doc, { scoring: { rules: {} } })).toBe(true);
    expect(toJSON(doc).scoring).toEqual({ rules: {} });
    // After a whole replacement, rules still merge one by one.
    setScoringRule(doc, 'loop', { enabled: false });
    expect(toJSON(doc).scoring).toEqual({ rules: { loop: { enabled: false } } });
  });
});
