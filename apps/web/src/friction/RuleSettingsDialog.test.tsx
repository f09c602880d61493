// The rule settings against the real model and scoring pass: what the form changes is the
// journey's scoring configuration in the Y.Doc, holding only what differs from the defaults.
import { addPhase, addTouchpoint, createJourney, toJSON, updateJourney } from '@touchpoint/model';
import { score } from '@touchpoint/scoring';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { useLocaleStore } from '../i18n/index.ts';
import { JourneyContext } from '../store/context.tsx';
import { createJourneyStore } from '../store/journeyStore.ts';
import { useJourney } from '../store/context.tsx';
import { RuleSettingsDialog } from './RuleSettingsDialog.tsx';

function setup(readOnly = false) {
  const doc = new Y.Doc();
  createJourney(doc, { title: 'Claims' });
  const phase = addPhase(doc, { name: 'Report' });
  addTouchpoint(doc, { phaseId: phase, title: 'Call the line', emotion: -2 });
  const store = createJourneyStore(doc);
  const origin = {};
  function Connected() {
    const journey = useJourney();
    return journey ? <RuleSettingsDialog journey={journey} onClose={() => {}} /> : null;
  }
  render(
    <JourneyContext.Provider value={{ doc, store, origin, readOnly }}>
      <Connected />
    </JourneyContext.Provider>,
  );
  return { doc, config: () => toJSON(doc).scoring };
}

const rule = (id: string) => within(document.querySelector(`[data-rule-id="${id}"]`) as HTMLElement);

beforeEach(() => useLocaleStore.getState().setLocale('en'));
afterEach(cleanup);

describe('RuleSettingsDialog', () => {
  it('lists every rule with its name and description, all on at their defaults', () => {
    setup();
    const rows = screen.getAllByTestId('rule');
    expect(rows).toHaveLength(13);
    expect(rule('emotion-low').getByText('Low emotion')).toBeTruthy();
    expect(rule('emotion-low').getByText('A touchpoint whose emotion is at or below the threshold.')).toBeTruthy();
    expect(rule('emotion-low').getByLabelText(/Flag emotion at or below/)).toHaveValue('-1');
    expect(rule('switch-no-handoff').getByLabelText('Severity')).toHaveValue('critical');
    expect(screen.queryByText('changed')).toBeNull();
  });

  it('switches a rule off in the document, and the scoring pass follows', async () => {
    const { doc, config } = setup();
    expect(score(toJSON(doc)).findings.some((f) => f.ruleId === 'emotion-low')).toBe(true);
    await userEvent.click(rule('emotion-low').getByRole('checkbox', { name: 'On' }));
    expect(config()).toEqual({ rules: { 'emotion-low': { enabled: false } } });
    expect(score(toJSON(doc)).findings.some((f) => f.ruleId === 'emotion-low')).toBe(false);
    expect(rule('emotion-low').getByText('changed')).toBeTruthy();
    expect(screen.getByText('1 changed')).toBeTruthy();
  });

  it('changes a threshold on Enter, refuses one out of range with the allowed range, and writes nothing then', async () => {
    const { config } = setup();
    const field = rule('emotion-low').getByLabelText(/Flag emotion at or below/);
    await userEvent.clear(field);
    await userEvent.type(field, '5{Enter}');
    expect(rule('emotion-low').getByRole('alert').textContent).toBe('from -2 to 2');
    expect(config()).toEqual({});
    await userEvent.clear(field);
    await userEvent.type(field, '-2{Enter}');
    expect(config()).toEqual({ rules: { 'emotion-low': { thresholds: { max: -2 } } } });
    expect(rule('emotion-low').queryByRole('alert')).toBeNull();
    await userEvent.clear(field);
    await userEvent.type(field, '1,5{Enter}');
    expect(rule('emotion-low').getByRole('alert').textContent).toBe('a whole number, please');
  });

  it('sets a severity and a weight, and a value back at its default leaves the configuration', async () => {
    const { config } = setup();
    await userEvent.selectOptions(rule('loop').getByLabelText('Severity'), 'critical');
    const weight = rule('loop').getByLabelText(/Weight/);
    await userEvent.clear(weight);
    await userEvent.type(weight, '2,5{Enter}');
    expect(config()).toEqual({ rules: { loop: { severity: 'critical', weight: 2.5 } } });
    await userEvent.selectOptions(rule('loop').getByLabelText('Severity'), 'warning');
    expect(config()).toEqual({ rules: { loop: { weight: 2.5 } } });
    await userEvent.click(rule('loop').getByRole('button', { name: 'Back to defaults' }));
    expect(config()).toEqual({ rules: {} });
  });

  it('reads and shows numbers with the Dutch separators in the Dutch interface', async () => {
    act(() => useLocaleStore.getState().setLocale('nl'));
    const { config } = setup();
    const weight = rule('loop').getByLabelText(/Gewicht/);
    await userEvent.clear(weight);
    await userEvent.type(weight, '1,5{Enter}');
    expect(config()).toEqual({ rules: { loop: { weight: 1.5 } } });
    expect(weight).toHaveValue('1,5');
    // "2.5" is not two and a half in Dutch, and is refused rather than read as 25.
    await userEvent.clear(weight);
    await userEvent.type(weight, '2.500{Enter}');
    expect(rule('loop').getByRole('alert').textContent).toMatch(/^van 0 tot /);
    expect(config()).toEqual({ rules: { loop: { weight: 1.5 } } });
  });

  it('chooses the options of a list threshold', async () => {
    const { config } = setup();
    await userEvent.click(rule('no-service').getByRole('checkbox', { name: 'Email' }));
    expect(config()).toEqual({ rules: { 'no-service': { thresholds: { channelKinds: ['phone', 'chat', 'email'] } } } });
  });

  it('shows the problems of a configuration that does not validate, and the first change replaces it with a valid one', async () => {
    const { doc, config } = setup();
    act(() => {
      updateJourney(doc, { scoring: { rules: { 'no-such-rule': { enabled: false } } } });
    });
    expect(screen.getByRole('alert').textContent).toMatch(/rules\.no-such-rule: unknown rule/);
    await userEvent.click(rule('loop').getByRole('checkbox', { name: 'On' }));
    expect(config()).toEqual({ rules: { loop: { enabled: false } } });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(score(toJSON(doc)).findings.some((f) => f.ruleId === 'loop')).toBe(false);
  });

  it('shows a viewer the rules without letting them change anything', () => {
    setup(true);
    expect(screen.getByText('You are viewing: you can read the rules but not change them.')).toBeTruthy();
    expect(rule('emotion-low').getByRole('checkbox', { name: 'On' })).toBeDisabled();
    expect(rule('emotion-low').getByLabelText(/Flag emotion at or below/)).toBeDisabled();
    expect(rule('loop').getByLabelText('Severity')).toBeDisabled();
  });

  it('speaks Dutch', () => {
    act(() => useLocaleStore.getState().setLocale('nl'));
    setup();
    expect(screen.getByRole('dialog', { name: 'Regels van deze klantreis' })).toBeTruthy();
    expect(rule('emotion-low').getByText('Lage emotie')).toBeTruthy();
    expect(rule('emotion-low').getByLabelText(/Markeer emotie op of onder/)).toBeTruthy();
    expect(rule('no-service').getByRole('checkbox', { name: 'Telefoon' })).toBeTruthy();
  });
});
