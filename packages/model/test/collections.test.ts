// Steps, channels, personas, KPIs and the journey's own fields.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addChannel,
  addKpi,
  addPersona,
  channelSwitches,
  connectStep,
  createJourney,
  disconnectStep,
  JourneyValidationError,
  removeChannel,
  removeKpi,
  removePersona,
  removePhase,
  toJSON,
  updateChannel,
  updateJourney,
  updateKpi,
  updatePersona,
  updateStep,
} from '../src/index.ts';
import { expectRefused, sampleDoc } from './fixtures.ts';

const issuesOf = (error: Error) => (error as JourneyValidationError).issues;

describe('steps', () => {
  it('connects two touchpoints with a label and a handoff', () => {
    const doc = sampleDoc();
    connectStep(doc, { id: 'back', from: 'order', to: 'compare', label: 'Returns to compare', handoff: 'full' });
    expect(toJSON(doc).steps.find((s) => s.id === 'back')).toEqual({
      id: 'back',
      from: 'order',
      to: 'compare',
      label: 'Returns to compare',
      handoff: 'full',
    });
  });

  it('refuses unknown endpoints and bad fields, writing nothing', () => {
    const doc = sampleDoc();
    expect(expectRefused(doc, () => connectStep(doc, { from: 'ad', to: 'nope' })).message).toBe('unknown touchpoint "nope"');
    expect(issuesOf(expectRefused(doc, () => connectStep(doc, { from: 'ad', to: 'call', handoff: 'some' as never })))[0]!.path).toBe(
      'handoff',
    );
    expect(issuesOf(expectRefused(doc, () => connectStep(doc, { from: 'ad', to: 'call', label: 'x'.repeat(201) })))).toEqual([
      { path: 'label', message: 'at most 200 characters', code: 'textTooLong', params: { max: 200 } },
    ]);
  });

  it('updates the label and handoff, and clears the handoff with null', () => {
    const doc = sampleDoc();
    expect(updateStep(doc, 's2', { label: 'Calls', handoff: 'full' })).toBe(true);
    expect(toJSON(doc).steps.find((s) => s.id === 's2')).toMatchObject({ label: 'Calls', handoff: 'full' });
    updateStep(doc, 's2', { handoff: null });
    expect(toJSON(doc).steps.find((s) => s.id === 's2')!.handoff).toBeNull();
    expect(updateStep(doc, 'nope', { label: 'x' })).toBe(false);
    expectRefused(doc, () => updateStep(doc, 's2', { from: 'ad' } as never));
  });

  it('disconnects a step', () => {
    const doc = sampleDoc();
    expect(disconnectStep(doc, 's2')).toBe(true);
    expect(disconnectStep(doc, 's2')).toBe(false);
    expect(toJSON(doc).steps.map((s) => s.id)).toEqual(['s1', 's3', 's4']);
  });

  it('reports channel switches with their handoff', () => {
    const journey = toJSON(sampleDoc());
    expect(channelSwitches(journey).map((s) => [s.step.id, s.fromChannel.id, s.toChannel.id, s.step.handoff])).toEqual([
      ['s2', 'web', 'phone', 'none'],
      ['s3', 'phone', 'web', 'partial'],
      ['s4', 'web', 'phone', null],
    ]);
  });
});

describe('channels', () => {
  it('adds in order, with defaults', () => {
    const doc = sampleDoc();
    addChannel(doc, { id: 'store', name: 'Store', kind: 'store', canConvert: true });
    addChannel(doc, { id: 'misc', name: 'Flyer' });
    expect(toJSON(doc).channels.slice(2)).toEqual([
      { id: 'store', name: 'Store', kind: 'store', canConvert: true },
      { id: 'misc', name: 'Flyer', kind: 'other', canConvert: false },
    ]);
  });

  it('updates and refuses bad values', () => {
    const doc = sampleDoc();
    expect(updateChannel(doc, 'phone', { name: 'Contact center', canConvert: true })).toBe(true);
    expect(toJSON(doc).channels[1]).toEqual({ id: 'phone', name: 'Contact center', kind: 'phone', canConvert: true });
    expect(issuesOf(expectRefused(doc, () => updateChannel(doc, 'phone', { kind: 'fax' as never })))[0]!.path).toBe('kind');
    expect(issuesOf(expectRefused(doc, () => addChannel(doc, { name: '' })))).toEqual([{ path: 'name', message: 'required', code: 'textEmpty' }]);
  });

  it('removing a channel leaves its touchpoints without a channel', () => {
    const doc = sampleDoc();
    expect(removeChannel(doc, 'phone')).toBe(true);
    const journey = toJSON(doc);
    expect(journey.channels.map((c) => c.id)).toEqual(['web']);
    expect(journey.touchpoints.filter((t) => t.channelId === null).map((t) => t.id)).toEqual(['call', 'support']);
    expect(removeChannel(doc, 'phone')).toBe(false);
  });
});

describe('personas', () => {
  it('adds, updates and removes', () => {
    const doc = sampleDoc();
    const id = addPersona(doc, { name: 'Sanne', goals: ['Be insured'] });
    addPersona(doc, { id: 'p2', name: 'Mark' });
    expect(updatePersona(doc, id, { description: 'First home', goals: ['Be insured', 'Pay little'] })).toBe(true);
    expect(toJSON(doc).personas).toEqual([
      { id, name: 'Sanne', description: 'First home', goals: ['Be insured', 'Pay little'] },
      { id: 'p2', name: 'Mark', description: '', goals: [] },
    ]);
    expect(issuesOf(expectRefused(doc, () => updatePersona(doc, id, { goals: [42] as never })))[0]!.path).toBe('goals[0]');
    expect(removePersona(doc, id)).toBe(true);
    expect(toJSON(doc).personas.map((p) => p.id)).toEqual(['p2']);
  });
});

describe('KPIs', () => {
  it('adds KPIs to touchpoints and phases, in order, with defaults', () => {
    const doc = sampleDoc();
    addKpi(doc, 'call', { id: 'k-aht', name: 'Handling time', unit: 's', target: 300, actual: 420, direction: 'lower' });
    addKpi(doc, 'purchase', { id: 'k-x', name: 'Orders' });
    const journey = toJSON(doc);
    expect(journey.touchpoints.find((t) => t.id === 'call')!.kpis.map((k) => k.id)).toEqual(['k-fcr', 'k-aht']);
    expect(journey.phases.find((p) => p.id === 'purchase')!.kpis[1]).toEqual({
      id: 'k-x',
      name: 'Orders',
      unit: '',
      target: null,
      actual: null,
      direction: 'higher',
    });
  });

  it('refuses an unknown owner or bad values and writes nothing', () => {
    const doc = sampleDoc();
    expect(expectRefused(doc, () => addKpi(doc, 'nope', { name: 'X' })).message).toBe('unknown touchpoint or phase "nope"');
    expect(issuesOf(expectRefused(doc, () => addKpi(doc, 'call', { name: 'X', target: Number.NaN })))[0]!.path).toBe('target');
    expect(issuesOf(expectRefused(doc, () => updateKpi(doc, 'k-fcr', { direction: 'up' as never })))[0]!.path).toBe('direction');
    removePhase(doc, 'service');
    expectRefused(doc, () => addKpi(doc, 'service', { name: 'X' }));
  });

  it('updates and removes', () => {
    const doc = sampleDoc();
    expect(updateKpi(doc, 'k-fcr', { actual: 85, target: null })).toBe(true);
    expect(toJSON(doc).touchpoints.find((t) => t.id === 'call')!.kpis[0]).toMatchObject({ actual: 85, target: null });
    expect(removeKpi(doc, 'k-fcr')).toBe(true);
    expect(removeKpi(doc, 'k-fcr')).toBe(false);
    expect(toJSON(doc).touchpoints.find((t) => t.id === 'call')!.kpis).toEqual([]);
  });
});

describe('the journey itself', () => {
  it('is created once, with defaults', () => {
    const doc = new Y.Doc();
    expect(() => toJSON(doc)).toThrow('the document holds no journey yet');
    createJourney(doc, { id: 'j1', title: 'Trip' });
    expect(toJSON(doc)).toMatchObject({ id: 'j1', title: 'Trip', description: '', campaign: '', locale: 'en', scoring: {} });
    expect(expectRefused(doc, () => createJourney(doc, { title: 'Again' })).message).toBe('this document already holds a journey');
  });

  it('refuses a journey without a title', () => {
    const doc = new Y.Doc();
    expect(issuesOf(expectRefused(doc, () => createJourney(doc, { title: ' ' })))).toEqual([{ path: 'title', message: 'required', code: 'textEmpty' }]);
  });

  it('updates title, campaign, locale and scoring configuration', () => {
    const doc = sampleDoc();
    expect(updateJourney(doc, { title: 'Renamed', campaign: 'Spring', locale: 'nl', scoring: { 'emotion-low': { threshold: -2 } } })).toBe(true);
    expect(toJSON(doc)).toMatchObject({ title: 'Renamed', campaign: 'Spring', locale: 'nl', scoring: { 'emotion-low': { threshold: -2 } } });
    expect(updateJourney(doc, { title: 'Renamed' })).toBe(false);
    expect(issuesOf(expectRefused(doc, () => updateJourney(doc, { locale: 'de' as never })))[0]!.path).toBe('locale');
  });
});
