import { addChannel, addKpi, addPhase, addTouchpoint, connectStep, createJourney, toJSON } from '@touchpoint/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLIPBOARD_TYPE, clipboardEntries, readClipboard } from './clipboard.ts';
import { copySelection, pasteAtSelection } from './copy-paste.ts';

/** A clipboard holding `entries`, read the way a paste event's clipboardData is. */
const holding = (entries: Record<string, string>) => (type: string) => entries[type] ?? '';

function source() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const report = addPhase(doc, { name: 'Report' });
  const web = addChannel(doc, { name: 'Website', kind: 'web' });
  const phone = addChannel(doc, { name: 'Contact center', kind: 'phone' });
  const form = addTouchpoint(doc, { phaseId: report, title: 'Fill in form', channelId: web, emotion: -1 });
  const call = addTouchpoint(doc, { phaseId: report, title: 'Call back', channelId: phone });
  addKpi(doc, form, { name: 'Completion', target: 90, actual: 70 });
  connectStep(doc, { from: form, to: call, handoff: 'partial' });
  return { doc, form, call };
}

describe('touchpoints on the system clipboard', () => {
  it('writes the copy under its own type and the titles as text, and reads the same copy back', () => {
    const { doc, form, call } = source();
    const clip = copySelection(toJSON(doc), [form, call])!;
    const entries = clipboardEntries(clip);
    expect(entries['text/plain']).toBe('Fill in form\nCall back');
    expect(readClipboard(holding(entries))).toEqual(clip);
  });

  it('leaves other clipboard content alone, and says when a copy of touchpoints is damaged', () => {
    expect(readClipboard(holding({}))).toBeNull();
    expect(readClipboard(holding({ 'text/plain': 'Just some text about a touchpoint-copy' }))).toBeNull();
    expect(readClipboard(holding({ 'text/plain': '{"format":"something","touchpoint-copy":1}' }))).toBeNull();
    expect(readClipboard(holding({ [CLIPBOARD_TYPE]: '{"format":"touchpoint-copy","version":1,"touchpoints":[' }))).toBe('invalid');
    expect(readClipboard(holding({ [CLIPBOARD_TYPE]: JSON.stringify({ format: 'touchpoint-copy', version: 9, touchpoints: [] }) }))).toBe('invalid');
    expect(readClipboard(holding({ [CLIPBOARD_TYPE]: '{"x":1}' }))).toBe('invalid');
  });

  it('accepts a copy that reached the clipboard as text only', () => {
    const { doc, form } = source();
    const clip = copySelection(toJSON(doc), [form])!;
    const json = clipboardEntries(clip)[CLIPBOARD_TYPE]!;
    expect(readClipboard(holding({ 'text/plain': json }))).toEqual(clip);
  });

  it('pastes into another journey: the first phase, channels found by name, KPIs and steps kept', () => {
    const { doc, form, call } = source();
    const copy = readClipboard(holding(clipboardEntries(copySelection(toJSON(doc), [form, call])!)));
    if (copy === null || copy === 'invalid') throw new Error('no copy');

    const other = new Y.Doc();
    createJourney(other, { title: 'Travel' });
    const book = addPhase(other, { name: 'Book' });
    const site = addChannel(other, { name: 'website', kind: 'web' });
    const center = addChannel(other, { name: 'Contact center', kind: 'chat' });
    const { touchpoints: ids, addedChannels } = pasteAtSelection(other, {}, toJSON(other), copy, { touchpoints: [], phase: null })!;

    const journey = toJSON(other);
    const pasted = ids.map((id) => journey.touchpoints.find((t) => t.id === id)!);
    expect(pasted.map((t) => [t.title, t.phaseId])).toEqual([
      ['Fill in form', book],
      ['Call back', book],
    ]);
    // "Website" matches "website"; the contact center here is the one by that name, whatever its kind.
    expect(pasted.map((t) => t.channelId)).toEqual([site, center]);
    expect(addedChannels).toEqual([]);
    expect(journey.channels).toHaveLength(2);
    expect(pasted[0]!.kpis).toMatchObject([{ name: 'Completion', target: 90, actual: 70 }]);
    expect(journey.steps).toMatchObject([{ from: ids[0], to: ids[1], handoff: 'partial' }]);
  });
});
