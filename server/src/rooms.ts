// The loaded rooms: a journey's room is loaded on first use, shared while in use, and
// compacted and unloaded when the last connection closes and no API call holds it.
import type { WebSocket } from 'ws';
import { Room, type Connection, type RoomContext } from './room.ts';

interface Entry {
  room: Promise<Room>;
  unloading?: Promise<void>;
}

export class Rooms {
  private entries = new Map<string, Entry>();

  constructor(private readonly ctx: RoomContext) {}

  get size(): number {
    return this.entries.size;
  }

  /** The journey's room, loaded when needed. Pair with release(). */
  async acquire(id: string): Promise<Room> {
    for (;;) {
      const entry = this.entries.get(id);
      if (entry?.unloading) {
        await entry.unloading;
        continue;
      }
      if (entry) {
        const room = await entry.room;
        if (this.entries.get(id) !== entry || entry.unloading) continue;
        room.holds++;
        return room;
      }
      const room = Room.load(id, this.ctx);
      const fresh: Entry = { room };
      this.entries.set(id, fresh);
      try {
        const loaded = await room;
        loaded.holds++;
        return loaded;
      } catch (error) {
        this.entries.delete(id);
        throw error;
      }
    }
  }

  release(room: Room): void {
    room.holds--;
    this.maybeUnload(room);
  }

  /** Adds a connection to a room held by the caller (the hold passes to the connection). */
  attach(room: Room, conn: Connection): void {
    room.connections.set(conn.ws, conn);
    room.holds--;
  }

  detach(room: Room, ws: WebSocket): void {
    room.remove(ws);
    this.maybeUnload(room);
  }

  /** The room if it is loaded (and not being unloaded). */
  async peek(id: string): Promise<Room | undefined> {
    const entry = this.entries.get(id);
    if (!entry || entry.unloading) return undefined;
    return entry.room.catch(() => undefined);
  }

  /** Closes the connections of a journey that match `which`. */
  async closeConnections(id: string, code: number, reason: string, which: (conn: Connection) => boolean = () => true): Promise<number> {
    const room = await this.peek(id);
    if (!room) return 0;
    let closed = 0;
    for (const conn of room.connections.values()) {
      if (which(conn)) {
        conn.ws.close(code, reason);
        this.ctx.metrics.closed(code);
        closed++;
      }
    }
    return closed;
  }

  private maybeUnload(room: Room): void {
    const entry = this.entries.get(room.id);
    if (!entry || !room.idle || entry.unloading) return;
    entry.unloading = room
      .unload()
      .catch((error: unknown) => this.ctx.log('error', 'could not compact journey on unload', { journeyId: room.id, error: String(error) }))
      .finally(() => {
        if (this.entries.get(room.id) === entry) this.entries.delete(room.id);
      });
  }

  /** Waits for every room's queue and unload. */
  async drain(): Promise<void> {
    const waits: Promise<unknown>[] = [];
    for (const entry of this.entries.values()) {
      waits.push(entry.unloading ?? entry.room.then((room) => room.run(() => undefined)).catch(() => undefined));
    }
    await Promise.all(waits);
  }

  /** All rooms loaded now (for shutdown). */
  async all(): Promise<Room[]> {
    const rooms = await Promise.all([...this.entries.values()].map((e) => e.room.catch(() => undefined)));
    return rooms.filter((r): r is Room => r !== undefined);
  }
}
