import { score } from '@touchpoint/scoring';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { FrictionPanel } from './FrictionPanel.tsx';
import { calmJourney, testJourney } from './test-journey.ts';

beforeEach(() => {
  act(() => useLocaleStore.getState().setLocale('en'));
});

describe('FrictionPanel', () => {
  it('shows the journey score and the findings grouped by severity, critical first', async () => {
    const journey = testJourney();
    const expected = score(journey, { locale: 'en' }).journeyScore;
    render(<FrictionPanel journey={journey} onSelectTargets={() => {}} />);
    expect(await screen.findByLabelText(`Journey score: ${expected} of 100`)).toHaveTextContent(String(expected));
    const groups = screen.getAllByRole('region').filter((r) => /\(\d+\)$/.test(r.getAttribute('aria-label') ?? ''));
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['Critical (1)', 'Warning (2)']);
    expect(within(groups[0]!).getByRole('button')).toHaveTextContent(/have to start over/);
    expect(within(groups[0]!).getByRole('button')).toHaveTextContent(/Pass on what the customer already did/);
    expect(within(groups[1]!).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('button', { name: '1 Critical' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: '2 Warning' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '0 Info' })).toBeInTheDocument();
  });

  it('calls onSelectTargets with the targets of the clicked finding', async () => {
    const onSelectTargets = vi.fn();
    render(<FrictionPanel journey={testJourney()} onSelectTargets={onSelectTargets} />);
    await userEvent.click(await screen.findByRole('button', { name: /feel bad at “Call”/ }));
    expect(onSelectTargets).toHaveBeenCalledWith([{ kind: 'touchpoint', id: 't2' }]);
    expect(screen.getByRole('button', { name: /feel bad at “Call”/ })).toHaveAttribute('aria-current', 'true');
  });

  it('walks the findings with the arrow keys', async () => {
    render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    const first = await screen.findByRole('button', { name: /have to start over/ });
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /mood drops/ })).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('button', { name: /feel bad/ })).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(first).toHaveFocus();
  });

  it('hides a severity when its count is toggled off', async () => {
    render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: '2 Warning' }));
    expect(screen.getByRole('button', { name: '2 Warning' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: /feel bad/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /have to start over/ })).toBeInTheDocument();
  });

  it('filters the findings by rule', async () => {
    render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'Rule' }), 'emotion-low');
    expect(screen.getByRole('button', { name: /feel bad/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /have to start over/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /mood drops/ })).not.toBeInTheDocument();
  });

  it('recomputes when the journey changes', async () => {
    const { rerender } = render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    await screen.findByRole('button', { name: /have to start over/ });
    const fixed = testJourney({ steps: [{ id: 's1', from: 't1', to: 't2', handoff: 'full' }] });
    rerender(<FrictionPanel journey={fixed} onSelectTargets={() => {}} />);
    await waitFor(() => expect(screen.queryByRole('button', { name: /have to start over/ })).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: '0 Critical' })).toBeInTheDocument();
  });

  it('says so when there is no friction', async () => {
    const calm = calmJourney();
    render(<FrictionPanel journey={calm} onSelectTargets={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'No friction found' })).toBeInTheDocument();
    const expected = score(calm, { locale: 'en' });
    expect(expected.findings).toEqual([]);
    expect(screen.getByLabelText(`Journey score: ${expected.journeyScore} of 100`)).toBeInTheDocument();
  });

  it('gives a map without touchpoints no score yet, and still lists what the rules find (an empty phase)', async () => {
    const blank = testJourney({ touchpoints: [], steps: [] });
    render(<FrictionPanel journey={blank} onSelectTargets={() => {}} />);
    expect(await screen.findByText('No score yet')).toBeInTheDocument();
    expect(screen.getByText('The journey gets a score once its map has touchpoints.')).toBeInTheDocument();
    expect(screen.queryByLabelText(/Journey score:/)).toBeNull();
    expect(score(blank, { locale: 'en' }).findings.map((f) => f.ruleId)).toContain('empty-phase');
    expect(screen.getAllByRole('button', { name: /has no touchpoints/ }).length).toBeGreaterThan(0);
    act(() => useLocaleStore.getState().setLocale('nl'));
    expect(await screen.findByText('Nog geen score')).toBeInTheDocument();
  });

  it('offers the rule settings only when the editor can open them', async () => {
    const onEditRules = vi.fn();
    const { unmount } = render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    expect(screen.queryByTestId('rules-button')).toBeNull();
    unmount();
    render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} onEditRules={onEditRules} />);
    await userEvent.click(screen.getByRole('button', { name: /Rules/ }));
    expect(onEditRules).toHaveBeenCalledTimes(1);
  });

  it('asks for a journey when there is none', () => {
    render(<FrictionPanel journey={null} onSelectTargets={() => {}} />);
    expect(screen.getByText('Open a journey to see its friction points.')).toBeInTheDocument();
  });

  it('shows the findings in Dutch when the interface is Dutch', async () => {
    render(<FrictionPanel journey={testJourney()} onSelectTargets={() => {}} />);
    await screen.findByRole('button', { name: /have to start over/ });
    act(() => useLocaleStore.getState().setLocale('nl'));
    expect(await screen.findByRole('button', { name: /moeten opnieuw beginnen/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Frictie' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Kritiek (1)' })).toBeInTheDocument();
  });

  it('shows why a journey cannot be scored', async () => {
    const broken = testJourney({ scoring: { 'emotion-low': { severity: 'disastrous' } } });
    render(<FrictionPanel journey={broken} onSelectTargets={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('This journey could not be scored');
  });
});
