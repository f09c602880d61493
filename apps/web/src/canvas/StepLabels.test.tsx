import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StepLabels } from './StepLabels.tsx';

const badge = { text: '⇄ partial handoff', short: '⇄ partial', title: 'Switch · partial handoff', color: '#d97706' };
const dutch = { text: '⇄ gedeeltelijke overdracht', short: '⇄ deels', title: 'Wissel · gedeeltelijke overdracht', color: '#d97706' };

describe('step labels', () => {
  it('at the sides of a step straight down: the badge ends left of the line, the label starts right of it, each within half the room', () => {
    render(<StepLabels place={{ x: 100, y: 50, layout: 'sides', maxWidth: 248 }} badge={badge} label="Battery fails in the cold" testId="switch-label" />);
    const onBadge = screen.getByTestId('switch-badge');
    const onLabel = screen.getByTestId('step-label-text');
    expect(onBadge.style.right).toBe('10px');
    expect(onLabel.style.left).toBe('10px');
    expect(onBadge.style.maxWidth).toBe('114px');
    expect(onLabel.style.maxWidth).toBe('114px');
    expect(screen.getByTestId('switch-label').style.transform).toBe('translate(100px, 50px)');
  });

  it('as a caption: the badge above the line and the label below, never on the line', () => {
    render(<StepLabels place={{ x: 0, y: 0, layout: 'caption', maxWidth: 94 }} badge={badge} label="Three weeks later" testId="switch-label" />);
    expect(screen.getByTestId('switch-badge').style.bottom).toBe('9px');
    expect(screen.getByTestId('step-label-text').style.top).toBe('9px');
    expect(screen.getByTestId('step-label-text').style.maxWidth).toBe('94px');
  });

  it('a label alone goes above the line; long text ends in an ellipsis with the whole text in the title', () => {
    render(<StepLabels place={{ x: 0, y: 0, layout: 'caption', maxWidth: 94 }} badge={null} label="Comparison saved in the account for later" testId="step-label" />);
    const label = screen.getByTestId('step-label-text');
    expect(label.style.bottom).toBe('9px');
    expect(label).toHaveClass('line-clamp-2');
    expect(label).toHaveAttribute('title', 'Comparison saved in the account for later');
    expect(screen.queryByTestId('switch-badge')).toBeNull();
  });

  it('shows a badge’s short form where its room is narrow (between neighbouring columns, beside a step down a column), the whole text in its title', () => {
    const { unmount } = render(<StepLabels place={{ x: 0, y: 0, layout: 'caption', maxWidth: 94 }} badge={dutch} label="" testId="switch-label" />);
    expect(screen.getByTestId('switch-badge')).toHaveTextContent(/^⇄ deels$/);
    expect(screen.getByTestId('switch-badge')).toHaveAttribute('title', 'Wissel · gedeeltelijke overdracht');
    unmount();
    render(<StepLabels place={{ x: 0, y: 0, layout: 'sides', maxWidth: 248 }} badge={badge} label="Sent to the store" testId="switch-label" />);
    expect(screen.getByTestId('switch-badge')).toHaveTextContent(/^⇄ partial$/);
  });

  it('shows a badge in full where there is room, and keeps labels on a lane between rows of cards to one line each', () => {
    render(<StepLabels place={{ x: 0, y: 0, layout: 'caption', maxWidth: 240, oneLine: true }} badge={dutch} label="Trip without trouble" testId="switch-label" />);
    expect(screen.getByTestId('switch-badge')).toHaveTextContent(/^⇄ gedeeltelijke overdracht$/);
    expect(screen.getByTestId('switch-badge')).toHaveClass('line-clamp-1');
    expect(screen.getByTestId('step-label-text')).toHaveClass('line-clamp-1');
  });
});
