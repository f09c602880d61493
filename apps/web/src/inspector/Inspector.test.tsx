import { addChannel, addKpi, addPhase, addTouchpoint, connectStep, createJourney, toJSON, updateKpi, updateTouchpoint } from '@touchpoint/model';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore, type JourneyStore } from '../store/journeyStore.ts';
import { useSelection } from '../store/selection.ts';
import { Inspector } from './Inspector.tsx';

interface Fixture {
  doc: Y.Doc;
  store: JourneyStore;
  origin: object;
  phase: string;
  web: string;
  phone: string;
  a: string;
  b: string;
  step: string;
}

function fixture(): Fixture {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  const web = addChannel(doc, { name: 'Website', kind: 'web' });
  const phone = addChannel(doc, { name: 'Phone line', kind: 'phone' });
  const a = addTouchpoint(doc, { phaseId: phase, title: 'Fill in form', channelId: web });
  const b = addTouchpoint(doc, { phaseId: phase, title: 'Call us', channelId: phone });
  const step = connectStep(doc, { from: a, to: b });
  return { doc, store: createJourneyStore(doc), origin: {}, phase, web, phone, a, b, step };
}

function renderInspector(f: Fixture, readOnly = false) {
  return render(
    <ReactFlowProvider>
      <JourneyContext.Provider value={{ doc: f.doc, store: f.store, origin: f.origin, readOnly }}>
        <Inspector />
      </JourneyContext.Provider>
    </ReactFlowProvider>,
  );
}


const tp = (f: Fixture, id: string) => toJSON(f.doc).touchpoints.find((t) => t.id === id)!;

beforeEach(() => {
  useLocaleStore.getState().setLocale('en');
  useSelection.getState().clear();
});
afterEach(() => useSelection.getState().clear());

describe('touchpoint inspector', () => {
  it('commits the title on blur, not per keystroke, with the local origin', async () => {
    const f = fixture();
    const origins: unknown[] = [];
    f.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const title = screen.getByLabelText('Title');
    expect(title).toHaveValue('Fill in form');
    await userEvent.clear(title);
    await userEvent.type(title, 'Start the claim');
    expect(tp(f, f.a).title).toBe('Fill in form');
    fireEvent.blur(title);
    expect(tp(f, f.a).title).toBe('Start the claim');
    expect(origins).toEqual([f.origin]);
  });

  it('drops the edit on Escape: the field shows the title again and nothing is written', async () => {
    const f = fixture();
    let writes = 0;
    f.doc.on('afterTransaction', () => writes++);
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const title = screen.getByLabelText('Title');
    await userEvent.type(title, ' and pay{Escape}');
    expect(title).toHaveValue('Fill in form');
    expect(title).not.toHaveFocus();
    expect(tp(f, f.a).title).toBe('Fill in form');
    expect(writes).toBe(0);
    // The next edit commits as usual.
    await userEvent.type(title, '!{Enter}');
    expect(tp(f, f.a).title).toBe('Fill in form!');
  });

  it('commits on Enter and shows the model’s validation error inline for an empty title', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const title = screen.getByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('required');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(tp(f, f.a).title).toBe('Fill in form');
  });

  it('words the model’s validation error and a number it cannot read in Dutch for a Dutch interface', async () => {
    useLocaleStore.getState().setLocale('nl');
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const title = screen.getByLabelText('Titel');
    await userEvent.clear(title);
    await userEvent.type(title, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('mag niet leeg zijn');
    expect(tp(f, f.a).title).toBe('Fill in form');
    await userEvent.click(screen.getByRole('button', { name: /KPI toevoegen/ }));
    const target = screen.getAllByLabelText('Doel').at(-1)!;
    await userEvent.type(target, 'veel{Enter}');
    expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('"veel" is geen getal');
  });

  it('changes channel, toggles, owner team and emotion', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    await userEvent.selectOptions(screen.getByLabelText('Channel'), 'Phone line');
    expect(tp(f, f.a).channelId).toBe(f.phone);
    await userEvent.click(screen.getByLabelText(/Key moment/));
    await userEvent.click(screen.getByLabelText('Journey may end here'));
    expect(tp(f, f.a)).toMatchObject({ isKeyMoment: true, isEnd: true, isWowMoment: false });
    await userEvent.selectOptions(screen.getByLabelText('Owner team'), 'Contact center');
    expect(tp(f, f.a).ownerTeam).toBe('contact-center');
    const emotion = screen.getByLabelText(/Emotion/);
    fireEvent.change(emotion, { target: { value: '-2' } });
    expect(tp(f, f.a).emotion).toBe(0);
    fireEvent.pointerUp(emotion);
    expect(tp(f, f.a).emotion).toBe(-2);
    expect(screen.getByText(/Emotion: -2 Very negative/)).toBeInTheDocument();
  });

  it('moves the card to the end of another phase chosen by name, keeping its selection', async () => {
    const f = fixture();
    const settle = addPhase(f.doc, { name: 'Settle' });
    addTouchpoint(f.doc, { phaseId: settle, title: 'Payout' });
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const phase = screen.getByLabelText('Phase') as HTMLSelectElement;
    expect([...phase.options].map((o) => o.textContent)).toEqual(['Report', 'Settle']);
    await userEvent.selectOptions(phase, 'Settle');
    expect(tp(f, f.a)).toMatchObject({ phaseId: settle, order: 1 });
    expect(tp(f, f.b)).toMatchObject({ phaseId: f.phase, order: 0 });
    expect(useSelection.getState().touchpoints).toEqual([f.a]);
    expect((screen.getByLabelText('Phase') as HTMLSelectElement).value).toBe(settle);
  });

  it('duplicates the card below itself and selects the copy; several selected cards at once', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate touchpoint' }));
    const copy = useSelection.getState().touchpoints[0]!;
    expect(copy).not.toBe(f.a);
    expect(tp(f, copy)).toMatchObject({ title: 'Fill in form', order: 1, channelId: f.web });
    expect(tp(f, f.b).order).toBe(2);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Fill in form');
    act(() => useSelection.getState().set({ touchpoints: [f.a, f.b] }));
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate selected' }));
    expect(useSelection.getState().touchpoints).toHaveLength(2);
    expect(toJSON(f.doc).touchpoints).toHaveLength(5);
  });

  it('edits several selected cards at once, and shows viewers no bulk editor', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a, f.b] }));
    const view = renderInspector(f);
    expect(screen.getByText('2 touchpoints selected')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Owner team'), 'Contact center');
    expect([tp(f, f.a).ownerTeam, tp(f, f.b).ownerTeam]).toEqual(['contact-center', 'contact-center']);
    view.unmount();
    renderInspector(f, true);
    expect(screen.getByText('2 touchpoints selected')).toBeInTheDocument();
    expect(screen.queryByTestId('bulk-edit')).not.toBeInTheDocument();
  });

  it('names what it adds in the journey\'s language, not the interface\'s', async () => {
    const doc = new Y.Doc();
    createJourney(doc, { title: 'Schade melden', locale: 'nl' });
    const phase = addPhase(doc, { name: 'Melden' });
    const card = addTouchpoint(doc, { phaseId: phase, title: 'Formulier' });
    const f = { ...fixture(), doc, store: createJourneyStore(doc) };
    act(() => useSelection.getState().set({ touchpoints: [card] }));
    const view = renderInspector(f);
    // The interface speaks English …
    await userEvent.click(screen.getByRole('button', { name: '+ Add KPI' }));
    // … the journey is Dutch.
    expect(toJSON(doc).touchpoints[0]!.kpis.map((k) => k.name)).toEqual(['Nieuwe KPI']);
    view.unmount();
    act(() => useSelection.getState().clear());
    renderInspector(f);
    await userEvent.click(screen.getByRole('tab', { name: /Channels/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add channel' }));
    expect(toJSON(doc).channels.map((c) => c.name)).toEqual(['Nieuw kanaal']);
  });

  it('adds, edits and removes a KPI', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    await userEvent.click(screen.getByRole('button', { name: '+ Add KPI' }));
    expect(tp(f, f.a).kpis).toHaveLength(1);
    const row = screen.getByTestId('kpi-row');
    const target = within(row).getByLabelText('Target');
    await userEvent.type(target, '70{Enter}');
    const actual = within(row).getByLabelText('Actual');
    await userEvent.type(actual, '48,5');
    fireEvent.blur(actual);
    expect(tp(f, f.a).kpis[0]).toMatchObject({ name: 'New KPI', target: 70, actual: 48.5, direction: 'higher' });
    await userEvent.click(within(row).getByRole('button', { name: 'Remove New KPI' }));
    expect(tp(f, f.a).kpis).toHaveLength(0);
  });
  it('reads and shows KPI numbers with Dutch separators in a Dutch interface', async () => {
    useLocaleStore.getState().setLocale('nl');
    const f = fixture();
    const kpi = addKpi(f.doc, f.a, { name: 'Afgerond', target: 1500.5 });
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const target = screen.getByLabelText('Doel');
    // No thousands separator in a field being edited: the text reads back as typed.
    expect(target).toHaveValue('1500,5');
    await userEvent.clear(target);
    await userEvent.type(target, '12,5{Enter}');
    expect(tp(f, f.a).kpis[0]!.target).toBe(12.5);
    expect(target).toHaveValue('12,5');
    const actual = screen.getByLabelText('Werkelijk');
    await userEvent.type(actual, '1.250{Enter}');
    expect(tp(f, f.a).kpis[0]!.actual).toBe(1250);
    expect(actual).toHaveValue('1250');
    // A decimal point where it cannot group thousands is a decimal point after all.
    await userEvent.clear(target);
    await userEvent.type(target, '12.75{Enter}');
    expect(tp(f, f.a).kpis[0]).toMatchObject({ id: kpi, target: 12.75 });
    expect(target).toHaveValue('12,75');
  });
});

describe('step inspector', () => {
  it('shows the channel switch and sets the handoff and label', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ steps: [f.step] }));
    renderInspector(f);
    expect(screen.getByTestId('switch-status')).toHaveTextContent('Channel switch: Website → Phone line');
    await userEvent.selectOptions(screen.getByLabelText('Handoff'), 'partial');
    await userEvent.type(screen.getByLabelText('Label'), 'Gets stuck{Enter}');
    expect(toJSON(f.doc).steps[0]).toMatchObject({ handoff: 'partial', label: 'Gets stuck' });
  });
});

describe('phase and journey', () => {
  it('edits a phase’s name, cycle and KPIs', async () => {
    const f = fixture();
    act(() => useSelection.getState().set({ phase: f.phase }));
    renderInspector(f);
    const name = screen.getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.type(name, 'Claim{Enter}');
    await userEvent.selectOptions(screen.getByLabelText('Cycle'), 'use');
    await userEvent.click(screen.getByRole('button', { name: '+ Add KPI' }));
    expect(toJSON(f.doc).phases[0]).toMatchObject({ name: 'Claim', cycle: 'use', kpis: [{ name: 'New KPI' }] });
  });

  it('with nothing selected edits the journey, and manages channels and personas', async () => {
    const f = fixture();
    renderInspector(f);
    await userEvent.type(screen.getByLabelText('Campaign'), 'Spring{Enter}');
    await userEvent.selectOptions(screen.getByLabelText('Content language'), 'nl');
    expect(toJSON(f.doc)).toMatchObject({ campaign: 'Spring', locale: 'nl' });

    await userEvent.click(screen.getByRole('tab', { name: /Channels/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add channel' }));
    // Named in the journey's language, Dutch since a moment ago.
    expect(toJSON(f.doc).channels.map((c) => c.name)).toEqual(['Website', 'Phone line', 'Nieuw kanaal']);
    const rows = screen.getAllByTestId('channel-row');
    await userEvent.selectOptions(within(rows[2]!).getByLabelText('Kind'), 'store');
    await userEvent.click(within(rows[2]!).getByLabelText('Customer can buy here'));
    expect(toJSON(f.doc).channels[2]).toMatchObject({ kind: 'store', canConvert: true });
    await userEvent.click(within(rows[1]!).getByRole('button', { name: 'Remove Phone line' }));
    expect(toJSON(f.doc).channels).toHaveLength(2);
    expect(tp(f, f.b).channelId).toBeNull();

    await userEvent.click(screen.getByRole('tab', { name: /Personas/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add persona' }));
    const goals = screen.getByLabelText('Goals (one per line)');
    await userEvent.type(goals, 'Be insured{Enter}Pay little');
    fireEvent.blur(goals);
    expect(toJSON(f.doc).personas[0]).toMatchObject({ name: 'Nieuwe persona', goals: ['Be insured', 'Pay little'] });
  });

  it('shows a remote change in a field that is not being edited', () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(f.doc));
    act(() => {
      addKpi(remote, f.a, { name: 'Completion' });
      Y.applyUpdate(f.doc, Y.encodeStateAsUpdate(remote));
    });
    expect(screen.getByTestId('kpi-row')).toBeInTheDocument();
    expect(screen.getByDisplayValue('Completion')).toBeInTheDocument();
  });
});

/**
 * A second person on the same journey: a Y.Doc kept in sync with the fixture's both ways,
 * as the sync server does. Her edits reach the rendered inspector at once.
 */
function colleague(doc: Y.Doc): Y.Doc {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  doc.on('update', (update: Uint8Array, from: unknown) => {
    if (from !== peer) Y.applyUpdate(peer, update, doc);
  });
  peer.on('update', (update: Uint8Array, from: unknown) => {
    if (from !== doc) Y.applyUpdate(doc, update, peer);
  });
  return peer;
}

describe('fields while someone else edits the same value', () => {
  it('a saved description shows a colleague’s later edit, and leaving the field does not write the old text back', async () => {
    const f = fixture();
    const anna = colleague(f.doc);
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const description = screen.getByLabelText('Description');
    await userEvent.type(description, 'Bea’s text{Control>}{Enter}{/Control}');
    expect(tp(f, f.a).description).toBe('Bea’s text');
    expect(description).toHaveFocus();
    act(() => void updateTouchpoint(anna, f.a, { description: 'Anna’s text' }));
    expect(description).toHaveValue('Anna’s text');
    fireEvent.blur(description);
    expect(tp(f, f.a).description).toBe('Anna’s text');
  });

  it('a title saved with Enter, a focused field never typed in and a KPI number follow the colleague and write nothing on leaving', async () => {
    const f = fixture();
    const anna = colleague(f.doc);
    const kpi = addKpi(f.doc, f.a, { name: 'Completion', target: 60 });
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    let writes = 0;
    f.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === f.origin) writes++;
    });
    const title = screen.getByLabelText('Title');
    await userEvent.type(title, ' now{Enter}');
    expect(writes).toBe(1);
    act(() => void updateTouchpoint(anna, f.a, { title: 'Report the claim' }));
    expect(title).toHaveValue('Report the claim');
    await userEvent.click(screen.getByLabelText('Customer goal'));
    act(() => void updateTouchpoint(anna, f.a, { goal: 'Get paid' }));
    expect(screen.getByLabelText('Customer goal')).toHaveValue('Get paid');
    const target = screen.getByLabelText('Target');
    await userEvent.clear(target);
    await userEvent.type(target, '70{Enter}');
    expect(writes).toBe(2);
    act(() => void updateKpi(anna, kpi, { target: 80 }));
    expect(target).toHaveValue('80');
    await userEvent.click(document.body);
    expect(writes).toBe(2);
    expect(tp(f, f.a)).toMatchObject({ title: 'Report the claim', goal: 'Get paid', kpis: [{ target: 80 }] });
  });

  it('keeps what this person is typing when a colleague changes the field, says so, and saves it on leaving; Escape takes the colleague’s', async () => {
    const f = fixture();
    const anna = colleague(f.doc);
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const description = screen.getByLabelText('Description');
    await userEvent.type(description, 'Bea types');
    act(() => void updateTouchpoint(anna, f.a, { description: 'Anna’s text' }));
    expect(description).toHaveValue('Bea types');
    expect(screen.getByRole('status')).toHaveTextContent('Someone else changed this while you were typing');
    fireEvent.blur(description);
    expect(tp(f, f.a).description).toBe('Bea types');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    const notes = screen.getByLabelText('Notes for staff (lookbook)');
    await userEvent.type(notes, 'Mine');
    act(() => void updateTouchpoint(anna, f.a, { notes: 'Hers' }));
    expect(notes).toHaveValue('Mine');
    await userEvent.type(notes, '{Escape}');
    expect(notes).toHaveValue('Hers');
    expect(tp(f, f.a).notes).toBe('Hers');
  });

  it('keeps a number being typed when a colleague changes it', async () => {
    const f = fixture();
    const anna = colleague(f.doc);
    const kpi = addKpi(f.doc, f.a, { name: 'Completion', target: 60 });
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f);
    const target = screen.getByLabelText('Target');
    await userEvent.clear(target);
    await userEvent.type(target, '75');
    act(() => void updateKpi(anna, kpi, { target: 80 }));
    expect(target).toHaveValue('75');
    fireEvent.blur(target);
    expect(tp(f, f.a).kpis[0]!.target).toBe(75);
  });
});

describe('adding a KPI, a channel or a persona', () => {
  /** The field has the cursor with all its text selected, so typing replaces it. */
  function expectReadyToTypeOver(field: HTMLElement, text: string) {
    expect(field).toHaveFocus();
    expect(field).toHaveValue(text);
    const input = field as HTMLInputElement;
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, text.length]);
  }

  it('puts the cursor in the new item’s name, selected, and typing names it', async () => {
    const f = fixture();
    addKpi(f.doc, f.a, { name: 'Completion' });
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    const view = renderInspector(f);
    await userEvent.click(screen.getByRole('button', { name: '+ Add KPI' }));
    const kpiName = within(screen.getAllByTestId('kpi-row')[1]!).getByLabelText('Name');
    expectReadyToTypeOver(kpiName, 'New KPI');
    await userEvent.keyboard('Claims paid{Enter}');
    expect(tp(f, f.a).kpis.map((k) => k.name)).toEqual(['Completion', 'Claims paid']);
    view.unmount();

    act(() => useSelection.getState().clear());
    renderInspector(f);
    await userEvent.click(screen.getByRole('tab', { name: /Channels/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add channel' }));
    expectReadyToTypeOver(within(screen.getAllByTestId('channel-row')[2]!).getByLabelText('Name'), 'New channel');
    await userEvent.keyboard('Chat{Enter}');
    expect(toJSON(f.doc).channels.map((c) => c.name)).toEqual(['Website', 'Phone line', 'Chat']);

    await userEvent.click(screen.getByRole('tab', { name: /Personas/ }));
    await userEvent.click(screen.getByRole('button', { name: '+ Add persona' }));
    expectReadyToTypeOver(within(screen.getByTestId('persona-row')).getByLabelText('Name'), 'New persona');
    await userEvent.keyboard('Young driver{Enter}');
    expect(toJSON(f.doc).personas.map((p) => p.name)).toEqual(['Young driver']);
  });
});

describe('viewers', () => {
  it('see the fields disabled and no add or remove buttons', () => {
    const f = fixture();
    act(() => useSelection.getState().set({ touchpoints: [f.a] }));
    renderInspector(f, true);
    expect(screen.getByText('View only: fields cannot be changed.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toBeDisabled();
    expect(screen.getByLabelText('Channel')).toBeDisabled();
    expect(screen.queryByRole('button', { name: '+ Add KPI' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete touchpoint' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Duplicate touchpoint' })).not.toBeInTheDocument();
  });
});
