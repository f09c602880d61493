// Editing several touchpoints at once: the fields show what they share or "Mixed", a choice
// is written to all of them in one transaction (one undo step), and "Mixed" writes nothing.
import { addChannel, addPhase, addTouchpoint, createJourney, toJSON } from '@touchpoint/model';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager } from '../editor/undo.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext, useJourney } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { BulkEdit, sharedValue } from './BulkEdit.tsx';

function setup() {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const web = addChannel(doc, { name: 'Website', kind: 'web' });
  const phone = addChannel(doc, { name: 'Phone line', kind: 'phone' });
  const a = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form', channelId: web, ownerTeam: 'web', emotion: 1 });
  const b = addTouchpoint(doc, { phaseId: phase, title: 'Call us', channelId: phone, ownerTeam: 'web', emotion: -1 });
  const c = addTouchpoint(doc, { phaseId: phase, title: 'Letter', channelId: null });
  return { doc, store: createJourneyStore(doc), origin: {}, web, phone, a, b, c };
}

function Bulk({ ids }: { ids: string[] }) {
  const journey = useJourney();
  return journey ? <BulkEdit journey={journey} ids={ids} /> : null;
}

function renderBulk(f: ReturnType<typeof setup>, ids: string[]) {
  return render(
    <JourneyContext.Provider value={{ doc: f.doc, store: f.store, origin: f.origin, readOnly: false }}>
      <Bulk ids={ids} />
    </JourneyContext.Provider>,
  );
}

beforeEach(() => act(() => useLocaleStore.getState().setLocale('en')));

describe('BulkEdit', () => {
  it('shows what the selected cards share, and "Mixed" where they differ', () => {
    const f = setup();
    renderBulk(f, [f.a, f.b]);
    expect(screen.getByText('A change here applies to all 2.')).toBeInTheDocument();
    expect(screen.getByLabelText('Owner team')).toHaveDisplayValue('Web');
    expect(screen.getByLabelText('Channel')).toHaveDisplayValue('Mixed');
    expect(screen.getByLabelText('Emotion')).toHaveDisplayValue('Mixed');
    expect(screen.getByLabelText('★ Key moment')).toHaveDisplayValue('No');
  });

  it('sets a chosen value on every selected card as one undo step, and leaves the others', async () => {
    const f = setup();
    const undo = createUndoManager(f.doc, f.origin);
    let transactions = 0;
    f.doc.on('afterTransaction', () => transactions++);
    renderBulk(f, [f.a, f.b]);
    await userEvent.selectOptions(screen.getByLabelText('Channel'), 'Phone line');
    expect(transactions).toBe(1);
    const byId = () => new Map(toJSON(f.doc).touchpoints.map((t) => [t.id, t]));
    expect(byId().get(f.a)!.channelId).toBe(f.phone);
    expect(byId().get(f.b)!.channelId).toBe(f.phone);
    expect(byId().get(f.c)!.channelId).toBeNull();
    // The field now shows the shared value; "Mixed" is no longer offered.
    expect(screen.getByLabelText('Channel')).toHaveDisplayValue('Phone line');
    expect(screen.getByLabelText('Channel').querySelector('option[value="__mixed__"]')).toBeNull();

    await userEvent.selectOptions(screen.getByLabelText('Emotion'), '-2 Very negative');
    undo.stopCapturing(); // a later, separate action (edits close together merge into one undo step)
    await userEvent.selectOptions(screen.getByLabelText('★ Key moment'), 'Yes');
    expect([byId().get(f.a)!.emotion, byId().get(f.b)!.emotion]).toEqual([-2, -2]);
    expect([byId().get(f.a)!.isKeyMoment, byId().get(f.b)!.isKeyMoment, byId().get(f.c)!.isKeyMoment]).toEqual([true, true, false]);

    // One undo takes back the last bulk change on both cards.
    undo.undo();
    expect([byId().get(f.a)!.isKeyMoment, byId().get(f.b)!.isKeyMoment]).toEqual([false, false]);
    expect([byId().get(f.a)!.emotion, byId().get(f.b)!.emotion]).toEqual([-2, -2]);
  });

  it('writes nothing when "Mixed" is chosen again', async () => {
    const f = setup();
    let transactions = 0;
    f.doc.on('afterTransaction', () => transactions++);
    renderBulk(f, [f.a, f.b]);
    await userEvent.selectOptions(screen.getByLabelText('Emotion'), 'Mixed');
    expect(transactions).toBe(0);
  });

  it('knows a shared value from a mixed one', () => {
    expect(sharedValue(['a', 'a'])).toBe('a');
    expect(sharedValue(['a', 'b'])).toBe('__mixed__');
    expect(sharedValue([])).toBe('__mixed__');
  });
});
