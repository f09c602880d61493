// The sync endpoint: y-websocket protocol at /sync/<journeyId>?token=<token>. Checks the
// token, joins the connection to the journey's room and handles its messages in order.
// A journey in the trash is refused with 4404 to a token that would open it (4401 to others).
// A viewer's connection stays open read-only: a document update it sends is refused
// (never applied, stored or relayed) and answered with an auth permission-denied message.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { accessFor } from './access.ts';
import type { Metrics } from './metrics.ts';
import type { Limits } from './options.ts';
import {
  awarenessMessage,
  CLOSE,
  decodeClientMessage,
  permissionDenied,
  syncStep1,
  syncStep2,
} from './protocol.ts';
import type { Connection, Room } from './room.ts';
import type { Rooms } from './rooms.ts';
import type { Store } from './storage/store.ts';

export interface SyncContext {
  store: Store;
  rooms: Rooms;
  metrics: Metrics;
  limits: Limits;
  workspaceKey: string;
  log: (level: 'info' | 'warn' | 'error', message: string, detail?: object) => void;
}

const SYNC_PATH = /^\/sync\/([^/?#]+)$/;
const PING_EVERY_MS = 30_000;

export function createSyncServer(ctx: SyncContext) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: ctx.limits.maxFrameBytes });
  const { metrics, limits, log } = ctx;

  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      const conn = connections.get(ws);
      if (conn && !conn.alive) {
        ws.terminate();
        continue;
      }
      if (conn) conn.alive = false;
      ws.ping();
    }
  }, PING_EVERY_MS);
  ping.unref();
  const connections = new WeakMap<WebSocket, Connection>();

  function close(ws: WebSocket, { code, reason }: { code: number; reason: string }, detail?: object): void {
    metrics.closed(code);
    if (detail) log('warn', `closing sync connection: ${reason}`, { code, ...detail });
    ws.close(code, reason);
  }

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = SYNC_PATH.exec(url.pathname);
    if (!match) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    let journeyId: string;
    try {
      journeyId = decodeURIComponent(match[1]!);
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const token = url.searchParams.get('token') ?? undefined;
    socket.on('error', () => socket.destroy());
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.on('error', (error) => log('warn', 'sync socket error', { journeyId, error: String(error) }));
      // Messages that arrive while the token is checked and the room loads wait here.
      const early: RawData[] = [];
      const buffer = (data: RawData) => early.push(data);
      ws.on('message', buffer);
      accept(ws, journeyId, token)
        .then((joined) => {
          ws.off('message', buffer);
          if (!joined) return;
          const { room, conn } = joined;
          ws.on('message', (data) => onMessage(room, conn, data));
          for (const data of early) onMessage(room, conn, data);
        })
        .catch((error: unknown) => {
          log('error', 'could not open journey', { journeyId, error: String(error) });
          close(ws, CLOSE.internal);
        });
    });
  }

  async function accept(ws: WebSocket, journeyId: string, token: string | undefined) {
    const access = await accessFor(ctx.store, ctx.workspaceKey, token, journeyId);
    if (!('role' in access) || ws.readyState !== ws.OPEN) {
      // Whoever could open the journey learns it is in the trash; anyone else only "no".
      close(ws, 'refused' in access && access.refused === 'trashed' ? CLOSE.trashed : CLOSE.unauthorized);
      return null;
    }
    const { role } = access;
    const room = await ctx.rooms.acquire(journeyId);
    if (ws.readyState !== ws.OPEN) {
      ctx.rooms.release(room);
      return null;
    }
    if (room.connections.size >= limits.maxConnectionsPerRoom) {
      ctx.rooms.release(room);
      close(ws, CLOSE.roomFull, { journeyId });
      return null;
    }
    const conn: Connection = {
      ws,
      role,
      token: token!,
      awarenessIds: new Set(),
      allowance: limits.maxMessagesPerSecond * 2,
      lastRefill: Date.now(),
      alive: true,
    };
    connections.set(ws, conn);
    ctx.rooms.attach(room, conn);
    metrics.connections++;
    metrics.connectionsTotal++;
    ws.on('pong', () => (conn.alive = true));
    ws.on('close', () => {
      metrics.connections--;
      ctx.rooms.detach(room, ws);
    });
    await room.run(() => {
      ws.send(syncStep1(room.doc));
      const states = [...room.awareness.getStates().keys()];
      if (states.length) ws.send(awarenessMessage(room.awareness, states));
    });
    return { room, conn };
  }

  function withinRate(conn: Connection): boolean {
    const now = Date.now();
    const cap = limits.maxMessagesPerSecond * 2;
    conn.allowance = Math.min(cap, conn.allowance + ((now - conn.lastRefill) / 1000) * limits.maxMessagesPerSecond);
    conn.lastRefill = now;
    if (conn.allowance < 1) return false;
    conn.allowance -= 1;
    return true;
  }

  function onMessage(room: Room, conn: Connection, raw: RawData): void {
    const ws = conn.ws;
    if (ws.readyState !== ws.OPEN) return;
    if (!withinRate(conn)) {
      metrics.refusedMessages++;
      close(ws, CLOSE.rateLimited, { journeyId: room.id });
      return;
    }
    const data = toBytes(raw);
    void room.run(async () => {
      if (ws.readyState !== ws.OPEN) return;
      try {
        await handle(room, conn, data);
      } catch (error) {
        metrics.refusedMessages++;
        // Whatever part of a bad update was integrated is stored and relayed like any change.
        await room.commit(ws).catch((e: unknown) => log('error', 'could not store update', { error: String(e) }));
        close(ws, CLOSE.badMessage, { journeyId: room.id, error: String(error), bytes: data.length });
      }
    });
  }

  async function handle(room: Room, conn: Connection, data: Uint8Array): Promise<void> {
    const ws = conn.ws;
    const message = decodeClientMessage(data);
    switch (message.kind) {
      case 'sync-step-1':
        ws.send(syncStep2(room.doc, message.stateVector));
        return;
      case 'update': {
        // Parse it fully before anything else: garbage never reaches the document.
        const parsed = Y.decodeUpdate(message.update);
        if (conn.role === 'viewer') {
          const empty = parsed.structs.length === 0 && parsed.ds.clients.size === 0;
          if (empty || Y.snapshotContainsUpdate(Y.snapshot(room.doc), message.update)) return;
          metrics.refusedMessages++;
          log('info', 'refused an update from a viewer', { journeyId: room.id });
          ws.send(permissionDenied('read-only link: this connection may not change the journey'));
          return;
        }
        if (room.storedBytes + message.update.length > limits.maxDocBytes) {
          metrics.refusedMessages++;
          close(ws, CLOSE.docTooLarge, { journeyId: room.id, storedBytes: room.storedBytes });
          return;
        }
        Y.applyUpdate(room.doc, message.update, ws);
        await room.commit(ws);
        return;
      }
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(room.awareness, message.update, ws);
        return;
      case 'query-awareness':
        ws.send(awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
        return;
      case 'auth':
        return;
    }
  }

  return {
    handleUpgrade,
    /** Closes every connection (going away) and stops the keep-alive pings. */
    async closeAll(graceMs = 1000): Promise<void> {
      clearInterval(ping);
      for (const ws of wss.clients) close(ws, CLOSE.goingAway);
      const deadline = Date.now() + graceMs;
      while (wss.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      for (const ws of wss.clients) ws.terminate();
      // Let the close events run, so the rooms are released.
      await new Promise((r) => setImmediate(r));
    },
    close(): Promise<void> {
      clearInterval(ping);
      for (const ws of wss.clients) ws.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}

function toBytes(raw: RawData): Uint8Array {
  if (Array.isArray(raw)) return new Uint8Array(Buffer.concat(raw));
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw);
  return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength);
}
