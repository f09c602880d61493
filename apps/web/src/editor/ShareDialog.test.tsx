// The share dialog against a stand-in for the links API (the real server's links are in the
// server's tests): copying says the truth, rotating is confirmed in the dialog in words
// that name the link, and the lookbook has a link of its own.
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiClient, JourneyLinks } from '../api/client.ts';
import { useLocaleStore } from '../i18n/index.ts';
import { ShareDialog } from './ShareDialog.tsx';

function linksApi() {
  let n = 0;
  const links: JourneyLinks = {
    editor: { token: 'e0', url: 'https://maps.example.org/j/j1?t=e0' },
    viewer: { token: 'v0', url: 'https://maps.example.org/j/j1?t=v0' },
  };
  const rotated: string[] = [];
  const api = {
    links: async () => links,
    rotateLink: async (_id: string, role: 'editor' | 'viewer') => {
      rotated.push(role);
      n++;
      const token = `${role[0]}${n}`;
      return { token, url: `https://maps.example.org/j/j1?t=${token}` };
    },
  } as Partial<ApiClient> as ApiClient;
  return { api, rotated };
}

function clipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

beforeEach(() => act(() => useLocaleStore.getState().setLocale('en')));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('ShareDialog', () => {
  it('says Copied only when the clipboard took the link; otherwise it selects the link and says how to copy it', async () => {
    const written: string[] = [];
    clipboard(async (text) => {
      written.push(text);
    });
    const { api } = linksApi();
    render(<ShareDialog api={api} journeyId="j1" role="owner" onClose={() => {}} />);
    const editorUrl = await screen.findByLabelText('Editor link');
    const [copyEditor] = screen.getAllByRole('button', { name: 'Copy' });
    await userEvent.click(copyEditor!);
    expect(written).toEqual(['https://maps.example.org/j/j1?t=e0']);
    expect(screen.getByRole('button', { name: '✓ Copied' })).toBeInTheDocument();

    // The browser refuses the clipboard: no "Copied", the link is selected, and a hint says what to do.
    clipboard(async () => {
      throw new DOMException('denied', 'NotAllowedError');
    });
    const viewerUrl = screen.getByLabelText('Viewer link') as HTMLInputElement;
    await userEvent.click(within(viewerUrl.parentElement!).getByRole('button', { name: 'Copy' }));
    expect(viewerUrl).toHaveFocus();
    expect(viewerUrl.selectionEnd! - viewerUrl.selectionStart!).toBe(viewerUrl.value.length);
    expect(screen.getByRole('status')).toHaveTextContent(/Copying was not allowed here: the link is selected, press (Ctrl|⌘)\+C to copy it\./);
    expect(screen.queryByRole('button', { name: '✓ Copied' })).not.toBeInTheDocument();
    expect(editorUrl).toBeInTheDocument();
  });

  it('asks in the dialog before rotating, in words that name the link, and writes nothing on Cancel', async () => {
    act(() => useLocaleStore.getState().setLocale('nl'));
    const { api, rotated } = linksApi();
    render(<ShareDialog api={api} journeyId="j1" role="owner" onClose={() => {}} />);
    await screen.findByLabelText('Link om te bekijken');
    const [rotateEditor, rotateViewer] = screen.getAllByRole('button', { name: '↻ Vernieuwen' });

    await userEvent.click(rotateViewer!);
    let confirm = screen.getByRole('group', { name: 'Vernieuwen' });
    expect(confirm).toHaveTextContent(/^De link om te bekijken vernieuwen\? De huidige link om te bekijken en de link naar het lookbook werken dan direct niet meer/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(rotated).toEqual([]);

    await userEvent.click(rotateEditor!);
    confirm = screen.getByRole('group', { name: 'Vernieuwen' });
    expect(confirm).toHaveTextContent(/^De link om te bewerken vernieuwen\? Iedereen die de klantreis met de huidige link opende, verliest direct de toegang/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Link vernieuwen' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Link om te bewerken is vernieuwd: de oude werkt niet meer.');
    expect(rotated).toEqual(['editor']);
    expect(screen.getByLabelText('Link om te bewerken')).toHaveValue('https://maps.example.org/j/j1?t=e1');
  });

  it('offers the lookbook link with the viewer token, which follows a rotated viewer link', async () => {
    const { api } = linksApi();
    const onLinks = vi.fn();
    render(<ShareDialog api={api} journeyId="j1" role="owner" onClose={() => {}} onLinks={onLinks} />);
    expect(await screen.findByLabelText('Lookbook link')).toHaveValue('https://maps.example.org/j/j1/lookbook?t=v0');
    // The lookbook link is not rotated on its own: only two rotate buttons.
    expect(screen.getAllByRole('button', { name: '↻ Rotate' })).toHaveLength(2);
    await userEvent.click(screen.getAllByRole('button', { name: '↻ Rotate' })[1]!);
    await userEvent.click(screen.getByRole('button', { name: 'Rotate link' }));
    expect(await screen.findByLabelText('Lookbook link')).toHaveValue('https://maps.example.org/j/j1/lookbook?t=v1');
    expect(onLinks).toHaveBeenLastCalledWith(expect.objectContaining({ viewer: { token: 'v1', url: 'https://maps.example.org/j/j1?t=v1' } }));
  });

  it('Escape in the rotate confirmation takes back the confirmation, not the dialog', async () => {
    const { api, rotated } = linksApi();
    const onClose = vi.fn();
    render(<ShareDialog api={api} journeyId="j1" role="owner" onClose={onClose} />);
    await screen.findByLabelText('Editor link');
    await userEvent.click(screen.getAllByRole('button', { name: '↻ Rotate' })[0]!);
    expect(within(screen.getByRole('group', { name: 'Rotate' })).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Rotate' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(rotated).toEqual([]);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('lets people who are not the owner copy but not rotate, and does not tell them to', async () => {
    const { api } = linksApi();
    render(<ShareDialog api={api} journeyId="j1" role="editor" onClose={() => {}} />);
    await screen.findByLabelText('Lookbook link');
    expect(screen.getByRole('dialog')).not.toHaveTextContent(/Rotate a link/);
    expect(screen.getAllByRole('button', { name: 'Copy' })).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /Rotate/ })).not.toBeInTheDocument();
  });
});
