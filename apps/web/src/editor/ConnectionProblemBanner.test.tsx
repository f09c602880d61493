import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { ConnectionProblemBanner } from './ConnectionProblemBanner.tsx';

beforeEach(() => useLocaleStore.getState().setLocale('en'));

describe('ConnectionProblemBanner', () => {
  it('Reload loads the page again', async () => {
    const reload = vi.fn();
    render(<ConnectionProblemBanner problem="unreadable" onRetry={() => undefined} onReload={reload} />);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('while it reconnects by itself, offers no button', () => {
    render(<ConnectionProblemBanner problem="rateLimited" onRetry={() => undefined} />);
    expect(screen.getByRole('status')).toHaveTextContent('Too many changes at once; reconnecting…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('a change too large for one message: says it was not saved, names the setting, and tries again on request', async () => {
    const retry = vi.fn();
    render(<ConnectionProblemBanner problem="changeTooLarge" onRetry={retry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your last change is larger than the server takes at once');
    expect(alert).toHaveTextContent('TOUCHPOINT_MAX_FRAME_BYTES');
    expect(alert).toHaveTextContent('Your changes are kept in this browser');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });
});
