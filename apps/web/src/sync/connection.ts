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

export interface ConnectionState {
  status: ConnectionStatus;
  /** True once the first full sync with the server is done. */
  synced: boolean;
  /** Set when the server closed the connection for good, with why. */
  ended: ConnectionEnd | null;
}

/** The end a close code means, or null for a close after which the client reconnects. */
export function connectionEnd(code: number): ConnectionEnd | null {
  if (code === 4404) return 'trashed';
  if (code === 4401 || code === 4403) return 'refused';
  return null;
}

export interface JourneyConnection {
  doc: Y.Doc;
  provider: WebsocketProvider;
  state: StoreApi<ConnectionState>;
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
  });
  const state = createStore<ConnectionState>(() => ({ status: 'connecting', synced: false, ended: null }));
  let everConnected = false;
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status === 'connected') everConnected = true;
    const online = globalThis.navigator?.onLine !== false;
    const next: ConnectionStatus =
      status === 'connected' ? 'connected' : !online ? 'offline' : everConnected ? (status === 'connecting' ? 'reconnecting' : 'offline') : 'connecting';
    state.setState({ status: next });
  };
  const onSync = (synced: boolean) => {
    if (synced) state.setState({ synced: true });
  };
  const onOffline = () => state.setState({ status: 'offline' });
  // The stock client stops reconnecting after a 44xx close and says so here.
  const onClosed = ({ code }: { code: number }) => state.setState({ ended: connectionEnd(code) });
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  globalThis.addEventListener?.('offline', onOffline);
  return {
    doc,
    provider,
    state,
    destroy() {
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
