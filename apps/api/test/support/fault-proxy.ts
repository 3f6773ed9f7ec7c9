import { createServer, connect as netConnect, type Socket } from 'node:net';

export interface FaultProxy {
  /** The target's connection string, through the proxy. */
  url: string;
  /** Drops every open connection (as a restart does) and refuses new ones until restore(). */
  cut(): void;
  /** Accepts connections and forwards nothing, as a dead network or a hung server looks. */
  blackHole(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of PostgreSQL that tests can break: the database going away mid-statement, refusing
 * connections, or swallowing them, without touching the server itself.
 */
export async function startFaultProxy(databaseUrl: string): Promise<FaultProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let mode: 'pass' | 'refuse' | 'black-hole' = 'pass';
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    if (mode === 'refuse') return client.resetAndDestroy();
    if (mode === 'black-hole') return;
    const upstream = netConnect(Number(target.port || 5432), target.hostname);
    sockets.add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(upstream);
    };
    upstream.on('error', end);
    upstream.on('close', end);
    client.on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
  );
  const proxied = new URL(databaseUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const dropAll = () => {
    for (const socket of sockets) socket.resetAndDestroy();
    sockets.clear();
  };
  return {
    url: proxied.toString(),
    cut() {
      mode = 'refuse';
      dropAll();
    },
    blackHole() {
      mode = 'black-hole';
      dropAll();
    },
    restore() {
      mode = 'pass';
    },
    close: () =>
      new Promise((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
