// A room: one journey's live document and awareness, shared by its open connections. Every
// change (a client's update or a write through the API) goes through commit(): it is stored
// first and only then relayed, so whatever another client has received survives a crash.
import * as awarenessProtocol from 'y-protocols/awareness';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import type { Role } from './access.ts';
import type { Metrics } from './metrics.ts';
import { awarenessMessage, updateMessage } from './protocol.ts';
import type { Store } from './storage/store.ts';
import { summarize } from './summary.ts';

export interface Connection {
  ws: WebSocket;
  role: Role;
  token: string;
  /** Awareness client ids this connection introduced; removed when it closes. */
  awarenessIds: Set<number>;
  /** Rate limit: tokens left and when they were last refilled. */
  allowance: number;
  lastRefill: number;
  alive: boolean;
}

export interface RoomContext {
  store: Store;
  metrics: Metrics;
  compactEvery: number;
  log: (level: 'info' | 'warn' | 'error', message: string, detail?: object) => void;
}

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, Connection>();
  /** API calls using the room right now; it stays loaded while any is under way. */
  holds = 0;
  /** Updates in the stored log since the last compaction. */
  logLength = 0;
  /** Stored size of the document: the compacted state plus the log. */
  storedBytes = 0;
  private pending: Uint8Array[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly id: string,
    private readonly ctx: RoomContext,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwareness);
  }

  static async load(id: string, ctx: RoomContext): Promise<Room> {
    const room = new Room(id, ctx);
    const started = performance.now();
    const stored = await ctx.store.loadDocument(id);
    Y.transact(
      room.doc,
      () => {
        if (stored.state) Y.applyUpdate(room.doc, stored.state);
        for (const update of stored.updates) Y.applyUpdate(room.doc, update);
      },
      'storage',
    );
    // Listening only from here on: what was loaded is stored already, and encoding it as
    // one more update would cost as much again as applying it.
    room.doc.on('update', (update: Uint8Array) => room.pending.push(update));
    room.logLength = stored.updates.length;
    room.storedBytes = (stored.state?.length ?? 0) + stored.updates.reduce((n, u) => n + u.length, 0);
    ctx.metrics.roomLoads++;
    ctx.metrics.roomLoadSeconds += (performance.now() - started) / 1000;
    if (room.logLength >= ctx.compactEvery) await room.compact();
    return room;
  }

  /** Runs `task` after everything queued before it, one at a time. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /**
   * Stores what the document gained since the last commit as one update, then sends it to
   * every connection but `origin`. Call inside run().
   */
  async commit(origin: WebSocket | null): Promise<void> {
    if (this.pending.length === 0) return;
    const update = this.pending.length === 1 ? this.pending[0]! : Y.mergeUpdates(this.pending);
    this.pending = [];
    await this.ctx.store.appendUpdate(this.id, update);
    this.logLength++;
    this.storedBytes += update.length;
    this.ctx.metrics.updatesStored++;
    this.ctx.metrics.updateBytesStored += update.length;
    this.broadcast(updateMessage(update), origin);
    if (this.logLength >= this.ctx.compactEvery) await this.compact();
  }

  /** Applies a change made on the server (API, restore) as one update and relays it. */
  change(write: (doc: Y.Doc) => void): Promise<void> {
    return this.run(async () => {
      try {
        write(this.doc);
      } finally {
        await this.commit(null);
      }
    });
  }

  /** Writes the document as one state in place of its log. Call inside run(). */
  async compact(): Promise<void> {
    const state = Y.encodeStateAsUpdate(this.doc);
    await this.ctx.store.compact(this.id, state);
    this.ctx.metrics.compactions++;
    this.logLength = 0;
    this.storedBytes = state.length;
    try {
      await this.ctx.store.updateSummary(this.id, summarize(this.doc));
    } catch (error) {
      this.ctx.log('warn', 'could not summarize journey', { journeyId: this.id, error: String(error) });
    }
  }

  broadcast(message: Uint8Array, except: WebSocket | null = null): void {
    for (const ws of this.connections.keys()) {
      if (ws !== except && ws.readyState === ws.OPEN) ws.send(message);
    }
  }

  private onAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const conn = this.connections.get(origin as WebSocket);
    if (conn) {
      for (const id of added) conn.awarenessIds.add(id);
      for (const id of removed) conn.awarenessIds.delete(id);
    }
    if (changed.length) this.broadcast(awarenessMessage(this.awareness, changed));
  };

  /** Forgets a closed connection and the presence it introduced. */
  remove(ws: WebSocket): void {
    const conn = this.connections.get(ws);
    if (!conn) return;
    this.connections.delete(ws);
    if (conn.awarenessIds.size) awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.awarenessIds], null);
  }

  get idle(): boolean {
    return this.connections.size === 0 && this.holds === 0;
  }

  /** Compacts and frees the room. */
  unload(): Promise<void> {
    return this.run(async () => {
      try {
        if (this.logLength > 0) await this.compact();
      } finally {
        this.awareness.destroy();
        this.doc.destroy();
      }
    });
  }
}
