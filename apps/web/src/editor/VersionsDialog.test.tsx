// The versions dialog against a stand-in for the API (the real server is in the e2e test):
// it lists, saves and restores, names the backup in the interface language, and keeps the
// list when a call fails.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, type ApiClient, type VersionInfo } from '../api/client.ts';
import { useToastStore } from '../common/toast.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { uniqueName } from '@touchpoint/model';
import { VersionsDialog } from './VersionsDialog.tsx';

interface Calls {
  saved: string[];
  restored: { versionId: string; backupName?: string }[];
}

function versionsApi(initial: VersionInfo[], fail: { save?: boolean; restore?: boolean; list?: boolean } = {}) {
  let list = [...initial];
  const calls: Calls = { saved: [], restored: [] };
  let next = 1;
  const api = {
    versions: async () => {
      if (fail.list) throw new ApiError(0, 'The server cannot be reached.');
      return list;
    },
    saveVersion: async (_id: string, name: string) => {
      if (fail.save) throw new ApiError(409, 'the journey holds no content yet');
      calls.saved.push(name);
      const version = { id: `v${next++}`, name, createdAt: new Date().toISOString() };
      list = [version, ...list];
      return version;
    },
    restoreVersion: async (_id: string, versionId: string, backupName?: string) => {
      if (fail.restore) throw new ApiError(404, 'version not found');
      calls.restored.push({ versionId, backupName });
      const restored = list.find((v) => v.id === versionId)!;
      const backup = { id: `v${next++}`, name: backupName ?? 'backup', createdAt: new Date().toISOString() };
      list = [backup, ...list];
      return { restored, backup };
    },
  } as Partial<ApiClient> as ApiClient;
  return { api, calls };
}

const older: VersionInfo = { id: 'v-old', name: 'Campaign review', createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString() };

beforeEach(() => useLocaleStore.getState().setLocale('en'));
afterEach(() => {
  cleanup();
  useToastStore.setState({ toasts: [] });
});

const names = () => within(screen.getByRole('list', { name: /^(Versions|Versies)$/ })).getAllByTestId('version').map((li) => li.querySelector('p')!.textContent);

describe('VersionsDialog', () => {
  it('lists the saved versions with their age, and says so when there are none', async () => {
    const { api } = versionsApi([older]);
    render(<VersionsDialog api={api} journeyId="j1" onClose={() => {}} />);
    await waitFor(() => expect(names()).toEqual(['Campaign review']));
    expect(screen.getByText('3 days ago')).toBeTruthy();
    cleanup();
    render(<VersionsDialog api={versionsApi([]).api} journeyId="j1" onClose={() => {}} />);
    expect(await screen.findByText('No versions saved yet.')).toBeTruthy();
  });

  it('saves the map under a name, which then heads the list', async () => {
    const { api, calls } = versionsApi([older]);
    render(<VersionsDialog api={api} journeyId="j1" onClose={() => {}} />);
    await screen.findByText('Campaign review');
    await userEvent.type(screen.getByLabelText('Name of the version'), '  Before launch  {Enter}');
    await waitFor(() => expect(names()).toEqual(['Before launch', 'Campaign review']));
    expect(calls.saved).toEqual(['Before launch']);
    expect(screen.getByLabelText('Name of the version')).toHaveValue('');
    expect(useToastStore.getState().toasts.map((t) => t.message)).toContain('Saved “Before launch”');
  });

  it('numbers a name the list already has', () => {
    expect(uniqueName('Version of 1 Dec 2026, 14:05', [], 200)).toBe('Version of 1 Dec 2026, 14:05');
    expect(uniqueName('V', ['V'], 200)).toBe('V (2)');
    expect(uniqueName('V', ['V', 'V (2)'], 200)).toBe('V (3)');
  });

  it('names a version saved without a name after the moment it was saved', async () => {
    const { api, calls } = versionsApi([]);
    render(<VersionsDialog api={api} journeyId="j1" onClose={() => {}} />);
    const save = await screen.findByRole('button', { name: 'Save version' });
    expect(save).toBeEnabled();
    await userEvent.click(save);
    await waitFor(() => expect(calls.saved).toHaveLength(1));
    expect(calls.saved[0]).toMatch(/^Version of .*\d{4}.*\d{1,2}:\d{2}/);
    // A second one within the same minute is numbered, so the two can be told apart.
    await userEvent.click(save);
    await waitFor(() => expect(calls.saved).toHaveLength(2));
    expect([calls.saved[0], `${calls.saved[0]} (2)`]).toContain(calls.saved[1]);
  });

  it('restores only after a confirmation, naming the backup in the interface language', async () => {
    useLocaleStore.getState().setLocale('nl');
    const { api, calls } = versionsApi([older]);
    render(<VersionsDialog api={api} journeyId="j1" onClose={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Terugzetten: Campaign review' }));
    expect(calls.restored).toEqual([]);
    expect(screen.getByText(/iedereen die de kaart open heeft/i)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(calls.restored).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Terugzetten: Campaign review' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, terugzetten' }));
    await waitFor(() => expect(calls.restored).toEqual([{ versionId: 'v-old', backupName: 'Voor het terugzetten van “Campaign review”' }]));
    await waitFor(() => expect(names()).toEqual(['Voor het terugzetten van “Campaign review”', 'Campaign review']));
  });

  it('says what went wrong and keeps the list when saving or restoring fails', async () => {
    const { api } = versionsApi([older], { save: true, restore: true });
    render(<VersionsDialog api={api} journeyId="j1" onClose={() => {}} />);
    await userEvent.type(await screen.findByLabelText('Name of the version'), 'Draft{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('That did not work: the journey holds no content yet');
    await userEvent.click(screen.getByRole('button', { name: 'Restore: Campaign review' }));
    await userEvent.click(screen.getByRole('button', { name: 'Yes, restore' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('That did not work: It is no longer there: someone may have deleted or moved it.'));
    expect(names()).toEqual(['Campaign review']);
    expect(screen.getByLabelText('Name of the version')).toHaveValue('Draft');
  });

  it('says when the list cannot be loaded', async () => {
    render(<VersionsDialog api={versionsApi([], { list: true }).api} journeyId="j1" onClose={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toBe('The versions could not be loaded: The server cannot be reached. Check your connection and try again.');
  });
});
