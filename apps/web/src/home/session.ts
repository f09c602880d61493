// Who is signed in on the home page: the workspace key kept in this browser, and why the
// user was signed out (a rejected key) so the sign-in screen can say so.
import { create } from 'zustand';
import { adoptKeyFromLocation, readWorkspaceKey, saveWorkspaceKey } from '../api/credentials.ts';

export type SignOutReason = 'rejected' | null;

interface SessionState {
  key: string | null;
  reason: SignOutReason;
  signIn: (key: string) => void;
  signOut: (reason?: SignOutReason) => void;
}

export const useSession = create<SessionState>((set) => ({
  key: readWorkspaceKey(),
  reason: null,
  signIn: (key) => {
    saveWorkspaceKey(key);
    set({ key, reason: null });
  },
  signOut: (reason = null) => {
    saveWorkspaceKey(null);
    set({ key: null, reason });
  },
}));

/** Takes the key out of what the user pasted: the key itself or the whole sign-in link. */
export function keyFromInput(input: string): string {
  const text = input.trim();
  const match = /[#&?]key=([^&\s]+)/.exec(text);
  if (!match) return text;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1]!;
  }
}

/**
 * Adopts a `#key=…` sign-in link (at start-up and when one is opened in a running tab):
 * the key is remembered and the address bar cleaned.
 */
export function adoptSignInLink(): void {
  if (!/[#&]key=/.test(location.hash)) return;
  const key = adoptKeyFromLocation();
  if (key) useSession.getState().signIn(key);
}
