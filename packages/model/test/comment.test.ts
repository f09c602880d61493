import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addComment,
  fromJSON,
  JourneyValidationError,
  moveTouchpoint,
  parseJourney,
  removeComment,
  removePhase,
  removeTouchpoint,
  removeTouchpoints,
  replaceJourney,
  ROOT_NAMES,
  setCommentResolved,
  toJSON,
  touchpointsCsv,
} from '../src/index.ts';
import { COMMENT_KEYS, journeyMaps } from '../src/layout.ts';
import { expectRefused, sampleDoc } from './fixtures.ts';

const AT = '2025-03-01T09:30:00.000Z';
const comments = (doc: Y.Doc) => toJSON(doc).comments;

function undoManager(doc: Y.Doc, origin: unknown): Y.UndoManager {
  const maps = journeyMaps(doc);
  return new Y.UndoManager(
    ROOT_NAMES.map((name) => maps[name]),
    { trackedOrigins: new Set([origin]) },
  );
}

/** A second replica of `doc`, and a function that exchanges both replicas' updates. */
function replicaOf(doc: Y.Doc): { other: Y.Doc; sync(): void } {
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  return {
    other,
    sync() {
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(other)));
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc)));
    },
  };
}

describe('addComment', () => {
  it('adds an open comment to a touchpoint, listed oldest first', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm2', touchpointId: 'call', author: 'Heron', text: 'Second', createdAt: '2025-03-01T10:00:00.000Z' });
    addComment(doc, { id: 'm1', touchpointId: 'call', author: ' Otter ', text: '  Is the hold music this long?  ', createdAt: AT });
    expect(comments(doc)).toEqual([
      { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Is the hold music this long?', createdAt: AT, resolved: false },
      { id: 'm2', touchpointId: 'call', author: 'Heron', text: 'Second', createdAt: '2025-03-01T10:00:00.000Z', resolved: false },
    ]);
  });

  it('stamps the comment with the current time when no time is given, and a new id', () => {
    const doc = sampleDoc();
    const before = Date.now();
    const id = addComment(doc, { touchpointId: 'ad', author: 'Fox', text: 'Which ad?' });
    const [comment] = comments(doc);
    expect(comment!.id).toBe(id);
    expect(Date.parse(comment!.createdAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(comment!.createdAt)).toBeLessThanOrEqual(Date.now());
  });

  it('does not store the default open state', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: AT });
    expect([...journeyMaps(doc).comments.get('m1')!.keys()].sort()).toEqual(
      [COMMENT_KEYS.touchpointId, COMMENT_KEYS.author, COMMENT_KEYS.text, COMMENT_KEYS.createdAt].sort(),
    );
  });

  it('refuses empty or too long text, no author and a bad time, with their paths, and writes nothing', () => {
    const doc = sampleDoc();
    const empty = expectRefused(doc, () => addComment(doc, { touchpointId: 'call', author: '', text: '   ' })) as JourneyValidationError;
    expect(empty).toBeInstanceOf(JourneyValidationError);
    expect(empty.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['author', 'textEmpty'],
      ['text', 'textEmpty'],
    ]);
    const long = expectRefused(doc, () => addComment(doc, { touchpointId: 'call', author: 'Otter', text: 'x'.repeat(2001) })) as JourneyValidationError;
    expect(long.issues).toEqual([{ path: 'text', message: expect.stringContaining('2000'), code: 'textTooLong', params: { max: 2000 } }]);
    const time = expectRefused(doc, () => addComment(doc, { touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: 'yesterday' })) as JourneyValidationError;
    expect(time.issues.map((i) => i.path)).toEqual(['createdAt']);
    const missing = expectRefused(doc, () => addComment(doc, { touchpointId: 'call' } as never)) as JourneyValidationError;
    expect(missing.issues.map((i) => [i.path, i.message]).sort()).toEqual([
      ['author', 'required'],
      ['text', 'required'],
    ]);
    expect(addComment(doc, { touchpointId: 'call', author: 'Otter', text: 'x'.repeat(2000) })).toBeTruthy();
  });

  it('refuses an unknown touchpoint and an id that is taken', () => {
    const doc = sampleDoc();
    expect(expectRefused(doc, () => addComment(doc, { touchpointId: 'nope', author: 'Otter', text: 'Hi' })).message).toBe('unknown touchpoint "nope"');
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi' });
    expectRefused(doc, () => addComment(doc, { id: 'm1', touchpointId: 'ad', author: 'Fox', text: 'Mine' }));
  });
});

describe('setCommentResolved and removeComment', () => {
  it('resolves and reopens a comment, writing only when it changes', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: AT });
    expect(setCommentResolved(doc, 'm1', true)).toBe(true);
    expect(comments(doc)[0]!.resolved).toBe(true);
    const before = Y.encodeStateVector(doc);
    expect(setCommentResolved(doc, 'm1', true)).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(setCommentResolved(doc, 'm1', false)).toBe(true);
    expect(comments(doc)[0]!.resolved).toBe(false);
    expect(journeyMaps(doc).comments.get('m1')!.has(COMMENT_KEYS.resolved)).toBe(false);
    expect(setCommentResolved(doc, 'nope', true)).toBe(false);
  });

  it('refuses a resolved state that is not true or false', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi' });
    const error = expectRefused(doc, () => setCommentResolved(doc, 'm1', 'yes' as never)) as JourneyValidationError;
    expect(error.issues).toEqual([{ path: 'resolved', message: 'expected boolean', code: 'expectedType', params: { expected: 'boolean' } }]);
  });

  it('removes a comment', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi' });
    expect(removeComment(doc, 'm1')).toBe(true);
    expect(comments(doc)).toEqual([]);
    expect(removeComment(doc, 'm1')).toBe(false);
  });
});

describe('comments with their touchpoint', () => {
  const withComments = () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'on-call', touchpointId: 'call', author: 'Otter', text: 'Too long on hold', createdAt: AT }, 'setup');
    addComment(doc, { id: 'on-order', touchpointId: 'order', author: 'Fox', text: 'Add Apple Pay?', createdAt: AT }, 'setup');
    addComment(doc, { id: 'on-ad', touchpointId: 'ad', author: 'Fox', text: 'New visual', createdAt: AT }, 'setup');
    return doc;
  };
  const stored = (doc: Y.Doc) => [...journeyMaps(doc).comments.keys()].sort();

  it('removing a touchpoint removes its comments in the same step', () => {
    const doc = withComments();
    const undo = undoManager(doc, 'me');
    removeTouchpoint(doc, 'call', 'me');
    expect(stored(doc)).toEqual(['on-ad', 'on-order']);
    undo.undo();
    expect(stored(doc)).toEqual(['on-ad', 'on-call', 'on-order']);
    expect(comments(doc).map((c) => c.id)).toEqual(['on-ad', 'on-call', 'on-order']);
  });

  it('removing several touchpoints, or a phase with its cards, removes their comments', () => {
    const doc = withComments();
    removeTouchpoints(doc, ['call', 'ad']);
    expect(stored(doc)).toEqual(['on-order']);
    removePhase(doc, 'purchase', { touchpoints: 'delete' });
    expect(stored(doc)).toEqual([]);
  });

  it('keeps the comments of cards that move, also when their phase goes and they move on', () => {
    const doc = withComments();
    moveTouchpoint(doc, 'call', { phaseId: 'service', index: 0 });
    removePhase(doc, 'purchase');
    expect(comments(doc).map((c) => [c.id, c.touchpointId])).toEqual([
      ['on-ad', 'ad'],
      ['on-call', 'call'],
      ['on-order', 'order'],
    ]);
  });

  it('leaves out a comment added to a card while someone else removed the card', () => {
    const doc = withComments();
    const { other, sync } = replicaOf(doc);
    addComment(doc, { id: 'late', touchpointId: 'support', author: 'Otter', text: 'Chat too?' });
    removeTouchpoint(other, 'support');
    sync();
    expect(toJSON(doc)).toEqual(toJSON(other));
    expect(comments(doc).map((c) => c.id)).not.toContain('late');
    expect(parseJourney(toJSON(doc)).ok).toBe(true);
  });
});

describe('comments together', () => {
  it('two people commenting on the same card at once both keep their comment', () => {
    const doc = sampleDoc();
    const { other, sync } = replicaOf(doc);
    addComment(doc, { touchpointId: 'call', author: 'Otter', text: 'From Otter', createdAt: AT });
    addComment(other, { touchpointId: 'call', author: 'Heron', text: 'From Heron', createdAt: AT });
    sync();
    expect(toJSON(doc)).toEqual(toJSON(other));
    expect(comments(doc).map((c) => c.text).sort()).toEqual(['From Heron', 'From Otter']);
  });

  it('resolving on one replica while the other removes the comment converges', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: AT });
    const { other, sync } = replicaOf(doc);
    setCommentResolved(doc, 'm1', true);
    removeComment(other, 'm1');
    sync();
    expect(toJSON(doc)).toEqual(toJSON(other));
  });

  it('undo takes back only this person’s comment writes', () => {
    const doc = sampleDoc();
    const undo = undoManager(doc, 'me');
    addComment(doc, { id: 'theirs', touchpointId: 'call', author: 'Heron', text: 'Theirs', createdAt: AT }, 'them');
    addComment(doc, { id: 'mine', touchpointId: 'call', author: 'Otter', text: 'Mine', createdAt: AT }, 'me');
    undo.stopCapturing();
    setCommentResolved(doc, 'theirs', true, 'me');
    undo.stopCapturing();
    removeComment(doc, 'mine', 'me');
    undo.stopCapturing();
    expect(comments(doc).map((c) => c.id)).toEqual(['theirs']);

    undo.undo();
    expect(comments(doc).map((c) => [c.id, c.resolved])).toEqual([
      ['mine', false],
      ['theirs', true],
    ]);
    undo.undo();
    expect(comments(doc).find((c) => c.id === 'theirs')!.resolved).toBe(false);
    undo.undo();
    expect(comments(doc).map((c) => c.id)).toEqual(['theirs']);
  });
});

describe('comments in the plain journey', () => {
  it('round-trips comments through toJSON and fromJSON', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: AT });
    addComment(doc, { id: 'm2', touchpointId: 'ad', author: 'Fox', text: 'Done', createdAt: '2025-03-02T08:00:00Z', resolved: true });
    const first = toJSON(doc);
    expect(first.comments).toHaveLength(2);
    expect(toJSON(fromJSON(first))).toEqual(first);
    expect(parseJourney(first)).toEqual({ ok: true, journey: first });
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(first))))).toEqual(first);
  });

  it('a journey without comments reads and writes an empty list', () => {
    const first = toJSON(sampleDoc());
    expect(first.comments).toEqual([]);
    expect(toJSON(fromJSON(first))).toEqual(first);
  });

  it('loads a journey file from before comments unchanged', () => {
    const old = {
      schemaVersion: 1,
      id: 'j-old',
      title: 'Old file',
      phases: [{ id: 'p', name: 'Orientation', order: 0 }],
      touchpoints: [{ id: 't', phaseId: 'p', order: 0, title: 'Ad' }],
    };
    const parsed = parseJourney(old);
    expect(parsed.ok && parsed.journey.comments).toEqual([]);
    const doc = fromJSON(old);
    expect(toJSON(doc)).toEqual(parsed.ok && parsed.journey);
    expect(journeyMaps(doc).comments.size).toBe(0);
  });

  it('names bad comments in a file by path', () => {
    const journey = toJSON(sampleDoc());
    const comment = { id: 'm1', touchpointId: 'call', author: 'Otter', text: 'Hi', createdAt: AT };
    expect(parseJourney({ ...journey, comments: [{ ...comment, touchpointId: 'gone' }] })).toEqual({
      ok: false,
      issues: [{ path: 'comments[0].touchpointId', message: 'unknown touchpoint "gone"', code: 'unknownTouchpoint', params: { id: 'gone' } }],
    });
    const duplicate = parseJourney({ ...journey, comments: [comment, comment] });
    expect(!duplicate.ok && duplicate.issues.map((i) => i.path)).toEqual(['comments[1].id']);
    const empty = parseJourney({ ...journey, comments: [{ ...comment, text: '' }] });
    expect(!empty.ok && empty.issues.map((i) => i.path)).toEqual(['comments[0].text']);
  });

  it('lists the comments of a file oldest first', () => {
    const journey = toJSON(sampleDoc());
    const later = { id: 'a', touchpointId: 'call', author: 'Otter', text: 'Later', createdAt: '2025-03-02T00:00:00.000Z' };
    const earlier = { id: 'b', touchpointId: 'call', author: 'Otter', text: 'Earlier', createdAt: '2025-03-01T00:00:00.000Z' };
    const parsed = parseJourney({ ...journey, comments: [later, earlier] });
    expect(parsed.ok && parsed.journey.comments.map((c) => c.id)).toEqual(['b', 'a']);
  });

  it('replacing the journey (a restored version) carries its comments and drops the current ones', () => {
    const doc = sampleDoc();
    addComment(doc, { id: 'old', touchpointId: 'call', author: 'Otter', text: 'Before', createdAt: AT });
    const version = toJSON(doc);
    removeComment(doc, 'old');
    addComment(doc, { id: 'new', touchpointId: 'ad', author: 'Fox', text: 'After', createdAt: AT });
    replaceJourney(doc, version);
    expect(comments(doc).map((c) => c.id)).toEqual(['old']);
  });

  it('leaves comments out of the touchpoints spreadsheet', () => {
    const doc = sampleDoc();
    const before = touchpointsCsv(toJSON(doc));
    addComment(doc, { touchpointId: 'call', author: 'Otter', text: 'Internal remark', createdAt: AT });
    expect(touchpointsCsv(toJSON(doc))).toBe(before);
  });

  it('reads what a careless client stored defensively', () => {
    const doc = sampleDoc();
    const maps = journeyMaps(doc);
    doc.transact(() => {
      const bad = new Y.Map<unknown>();
      bad.set(COMMENT_KEYS.touchpointId, 'call');
      bad.set(COMMENT_KEYS.text, 'Kept');
      bad.set(COMMENT_KEYS.createdAt, 'not a date');
      maps.comments.set('bad', bad);
      const blank = new Y.Map<unknown>();
      blank.set(COMMENT_KEYS.touchpointId, 'call');
      blank.set(COMMENT_KEYS.text, '   ');
      maps.comments.set('blank', blank);
    });
    expect(comments(doc)).toEqual([
      { id: 'bad', touchpointId: 'call', author: 'Someone', text: 'Kept', createdAt: '1970-01-01T00:00:00.000Z', resolved: false },
    ]);
    expect(parseJourney(toJSON(doc)).ok).toBe(true);
  });
});
