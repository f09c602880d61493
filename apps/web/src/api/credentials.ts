// Who the browser is to the server: the workspace key (a team member, kept in this
// browser) or a journey link token (from the `t` query parameter of a shared link).
const KEY_STORAGE = 'touchpoint.workspaceKey';

export function readWorkspaceKey(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY_STORAGE) ?? null;
  } catch {
    return null;
  }
}

export function saveWorkspaceKey(key: string | null): void {
  try {
    if (key) globalThis.localStorage?.setItem(KEY_STORAGE, key);
    else globalThis.localStorage?.removeItem(KEY_STORAGE);
  } catch {
    // Not remembered: the user signs in again next time.
  }
}

/** Takes a `#key=…` sign-in fragment out of the address bar and remembers the key. */
export function adoptKeyFromLocation(location: Location = globalThis.location): string | null {
  const match = /[#&]key=([^&]+)/.exec(location.hash);
  if (!match) return readWorkspaceKey();
  const key = decodeURIComponent(match[1]!);
  saveWorkspaceKey(key);
  history.replaceState(null, '', location.pathname + location.search);
  return key;
}
