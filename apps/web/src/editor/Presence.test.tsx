import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useLocaleStore } from '../i18n/index.ts';
import { usePresence, type Peer } from '../sync/presence.ts';
import { PresenceAvatars } from './Presence.tsx';

const peer = (clientId: number, name: string): Peer => ({ clientId, name, color: '#336699', cursor: null, selection: [] });

afterEach(() => {
  cleanup();
  usePresence.setState({ peers: [], selectedBy: {} });
  useLocaleStore.getState().setLocale('en');
});

describe('PresenceAvatars', () => {
  it('counts the people here, one person in the singular', () => {
    useLocaleStore.getState().setLocale('en');
    const view = render(<PresenceAvatars onGoTo={() => undefined} />);
    expect(screen.getByTestId('avatars').getAttribute('aria-label')).toBe('1 person here');
    usePresence.setState({ peers: [peer(2, 'Sam'), peer(3, 'Noor')] });
    view.rerender(<PresenceAvatars onGoTo={() => undefined} />);
    expect(screen.getByTestId('avatars').getAttribute('aria-label')).toBe('3 people here');
    usePresence.setState({ peers: [] });
    useLocaleStore.getState().setLocale('nl');
    view.rerender(<PresenceAvatars onGoTo={() => undefined} />);
    expect(screen.getByTestId('avatars').getAttribute('aria-label')).toBe('1 persoon aanwezig');
  });
});
