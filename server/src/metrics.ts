// Counters for /metrics, in the Prometheus text format.
export class Metrics {
  connections = 0;
  connectionsTotal = 0;
  updatesStored = 0;
  updateBytesStored = 0;
  refusedMessages = 0;
  /** Journeys loaded from storage into a room, and the time spent reading and applying them. */
  roomLoads = 0;
  roomLoadSeconds = 0;
  compactions = 0;
  closedConnections = new Map<number, number>();

  closed(code: number): void {
    this.closedConnections.set(code, (this.closedConnections.get(code) ?? 0) + 1);
  }

  render(extra: { rooms: number; storedUpdates: number; storedBytes: number; journeys: number }): string {
    const lines: string[] = [];
    const metric = (name: string, type: string, help: string, value: number, labels = '') => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name}${labels} ${value}`);
    };
    metric('touchpoint_connections', 'gauge', 'Open sync connections.', this.connections);
    metric('touchpoint_connections_total', 'counter', 'Sync connections accepted since start.', this.connectionsTotal);
    metric('touchpoint_rooms', 'gauge', 'Journeys loaded in memory.', extra.rooms);
    metric('touchpoint_journeys', 'gauge', 'Journeys in storage, trash included.', extra.journeys);
    metric('touchpoint_updates_stored_total', 'counter', 'Document updates written since start.', this.updatesStored);
    metric('touchpoint_update_bytes_stored_total', 'counter', 'Bytes of document updates written since start.', this.updateBytesStored);
    metric('touchpoint_log_updates', 'gauge', 'Updates in the logs, not yet compacted.', extra.storedUpdates);
    metric('touchpoint_stored_bytes', 'gauge', 'Bytes of document states and updates in storage.', extra.storedBytes);
    metric('touchpoint_room_loads_total', 'counter', 'Journeys loaded from storage into memory since start.', this.roomLoads);
    metric('touchpoint_room_load_seconds_total', 'counter', 'Time spent reading journeys from storage and applying them, in seconds.', this.roomLoadSeconds);
    metric('touchpoint_compactions_total', 'counter', 'Update logs compacted into one state since start.', this.compactions);
    metric('touchpoint_refused_messages_total', 'counter', 'Client messages refused (malformed, over a limit, or not allowed).', this.refusedMessages);
    const memory = process.memoryUsage();
    metric('process_resident_memory_bytes', 'gauge', 'Resident memory size in bytes.', memory.rss);
    metric('nodejs_heap_used_bytes', 'gauge', 'V8 heap in use, in bytes.', memory.heapUsed);
    lines.push('# HELP touchpoint_closed_connections_total Connections closed by the server, by close code.');
    lines.push('# TYPE touchpoint_closed_connections_total counter');
    for (const [code, n] of this.closedConnections) lines.push(`touchpoint_closed_connections_total{code="${code}"} ${n}`);
    return `${lines.join('\n')}\n`;
  }
}
