// One Y.Doc and one WebsocketProvider per open journey. Editing never waits for the
// network: offline edits stay in the document and y-websocket merges them on reconnect.
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * Why the server ended the connection for good (it does not reconnect after that):
 * `trashed`, the journey was moved to the trash (close 4404); `refused`, the token no longer
 * opens it (4401, 4403: the link was rotated).
 */
export type ConnectionEnd = 'trashed' | 'refused';

/**
 * Why the server closed the connection while the journey stays open here; edits made meanwhile
 * stay in the document and go to the server with the next connection:
 * `tooLarge`, the journey reached the largest size the server stores and the last change
 * was refused (4413), connecting again only helps once content is removed or the limit raised;
 * `rateLimited`, too many messages at once (4429), it connects again by itself after a pause;
 * `unreadable`, the server could not read a message from this browser (4400), only a reload
 * (a fresh copy of the journey) helps;
 * `changeTooLarge`, one change was larger than the server takes in a message (1009, frame too
 * large): the stock client would reconnect and send it again forever, so it waits for Try
 * again, once the change is undone or the limit raised.
 */
export type ConnectionProblem = 'tooLarge' | 'rateLimited' | 'unreadable' | 'changeTooLarge';

export interface ConnectionState {
  status: ConnectionStatus;
  /** True once the first full sync with the server is done. */
  synced: boolean;
  /** Set when the server closed the connection for good, with why. */
  ended: ConnectionEnd | null;
  /** Set when the server closed the connection and the map stays open (see ConnectionProblem); cleared by the next sync. */
  problem: ConnectionProblem | null;
}

/** The end a close code means, or null for a close after which the client reconnects. */
export function connectionEnd(code: number): ConnectionEnd | null {
  if (code === 4404) return 'trashed';
  if (code === 4401 || code === 4403) return 'refused';
  return null;
}

/** The problem a close code means (see ConnectionProblem), or null. */
export function connectionProblem(code: number): ConnectionProblem | null {
  if (code === 4413) return 'tooLarge';
  if (code === 4429) return 'rateLimited';
  if (code === 4400) return 'unreadable';
  if (code === 1009) return 'changeTooLarge';
  return null;
}

/**
 * Whether the client connects again by itself after the server closed the connection: not
 * after a 44xx close (the stock rule: the server decided), nor after a frame too large (1009),
 * which the same pending change would cause again at once.
 */
export function reconnectsAfter(code: number): boolean {
  return !(code >= 4400 && code < 4500) && code !== 1009;
}

/** How long to wait after the server said "too many messages" (4429) before connecting again. */
export const RATE_LIMIT_PAUSE_MS = 5000;

export interface JourneyConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  state: StoreApi<ConnectionState>;
  /** Connects again after the server closed the connection (the document's edits go with it). */
  reconnect(): void;
  destroy(): void;
}

export function syncUrl(location: Location = globalThis.location): string {
  return `${location.origin.replace(/^http/, 'ws')}/sync`;
}

export function openJourney(journeyId: string, token: string | null): JourneyConnection {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(syncUrl(), journeyId, doc, {
    params: token ? { token } : {},
    maxBackoffTime: 5000,
    shouldReconnect: (event) => reconnectsAfter(event.code),
  });
  const state = createStore<ConnectionState>(() => ({ status: 'connecting', synced: false, ended: null, problem: null }));
  let everConnected = false;
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') everConnected = true;
    const online = globalThis.navigator?.onLine !== false;
    const next: ConnectionStatus =
      status === 'connected' ? 'connected' : !online ? 'offline' : everConnected ? (status === 'connecting' ? 'reconnecting' : 'offline') : 'connecting';
    state.setState({ status: next });
  };
  const onSync = (synced: boolean) => {
    if (synced) state.setState({ synced: true, problem: null });
  };
  const onOffline = () => state.setState({ status: 'offline' });
  let pause: ReturnType<typeof setTimeout> | undefined;
  const reconnect = () => {
    clearTimeout(pause);
    provider.connect();
  };
  // The stock client stops reconnecting after a 44xx close and says so here.
  const onClosed = ({ code }: { code: number }) => {
    const problem = connectionProblem(code);
    state.setState({ ended: connectionEnd(code), problem });
    if (problem === 'rateLimited') {
      clearTimeout(pause);
      pause = setTimeout(reconnect, RATE_LIMIT_PAUSE_MS);
    }
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  globalThis.addEventListener?.('offline', onOffline);
  return {
    doc,
    provider,
    state,
    reconnect,
    destroy() {
      clearTimeout(pause);
      globalThis.removeEventListener?.('offline', onOffline);
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      provider.awareness.setLocalState(null);
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Opens the journey while the component is mounted. */
export function useJourneyConnection(journeyId: string, token: string | null, enabled: boolean): JourneyConnection | null {
  const [connection, setConnection] = useState<JourneyConnection | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const opened = openJourney(journeyId, token);
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [journeyId, token, enabled]);
  return connection;
}

/** Calls `onEnded` once the server ends the connection for good (see ConnectionEnd). */
export function useConnectionEnd(connection: JourneyConnection | null, onEnded: ((end: ConnectionEnd) => void) | undefined): void {
  useEffect(() => {
    if (!connection || !onEnded) return;
    const report = ({ ended }: ConnectionState) => ended && onEnded(ended);
    report(connection.state.getState());
    return connection.state.subscribe(report);
  }, [connection, onEnded]);
}
