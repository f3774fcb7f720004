import {once} from 'node:events';
import {createServer, type AddressInfo, type Socket} from 'node:net';
import {fileURLToPath} from 'node:url';

const PRELOAD = fileURLToPath(new URL('./process-beacon.cjs', import.meta.url));

export interface ProcessBeacons {
  /** Environment for a process whose descendants running `script` are to be watched. */
  readonly env: NodeJS.ProcessEnv;
  /** Resolves with the pid of the next watched process to start (or one already started and not yet taken). */
  started(): Promise<number>;
  /** Resolves when the process with this pid has ended. */
  ended(pid: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches node processes that run `script` (a file name ending), wherever in the process tree:
 * each connects to a local server when it starts, and its connection closes when it ends.
 */
export async function watchProcesses(script: string): Promise<ProcessBeacons> {
  const sockets = new Map<number, Socket>();
  const arrivals: number[] = [];
  const waiting: Array<(pid: number) => void> = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8').once('data', (line: string) => {
      const pid = Number(line.trim());
      sockets.set(pid, socket);
      const waiter = waiting.shift();
      if (waiter === undefined) arrivals.push(pid);
      else waiter(pid);
    });
    socket.on('error', () => undefined);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;
  return {
    env: {
      ...process.env,
      NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --require ${PRELOAD}`.trim(),
      BEACON_PORT: String(port),
      BEACON_SCRIPT: script,
    },
    started: () => {
      const pid = arrivals.shift();
      return pid === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(pid);
    },
    ended: async (pid) => {
      const socket = sockets.get(pid);
      if (socket === undefined) throw new Error(`process ${pid} never started`);
      if (!socket.closed) await once(socket, 'close');
    },
    async close() {
      for (const socket of sockets.values()) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
