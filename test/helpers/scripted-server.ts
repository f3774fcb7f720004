import {once} from 'node:events';
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

/** Called for each quote request; `attempt` counts this ticker's requests from 1. */
export type QuoteHandler = (ticker: string, attempt: number, response: ServerResponse, request: IncomingMessage) => void;

export interface ScriptedServer {
  readonly origin: string;
  /** Quote requests seen per ticker. */
  readonly attempts: Map<string, number>;
  /** Requests received in all. */
  requests(): number;
  /** Resolves once the server has received `count` requests in all. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 whose answer to each /quote.ashx request is
 * scripted by the test, per ticker and per attempt.
 */
export async function startScriptedServer(handler: QuoteHandler): Promise<ScriptedServer> {
  const attempts = new Map<string, number>();
  let requests = 0;
  const waiters: Array<{count: number; resolve: () => void}> = [];
  const server = createServer((request, response) => {
    requests++;
    const url = new URL(request.url ?? '/', 'http://localhost');
    const ticker = url.searchParams.get('t') ?? '';
    const attempt = (attempts.get(ticker) ?? 0) + 1;
    attempts.set(ticker, attempt);
    for (const waiter of waiters.filter((w) => requests >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    if (url.pathname !== '/quote.ashx' && url.pathname !== '/stock') {
      response.writeHead(404).end('not a quote request');
      return;
    }
    handler(ticker, attempt, response, request);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    attempts,
    requests: () => requests,
    waitForRequests: (count) => (requests >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({count, resolve}))),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/** Answers with an HTML page, status 200 unless given. */
export function sendHtml(response: ServerResponse, html: string, status = 200): void {
  response.writeHead(status, {'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html)});
  response.end(html);
}
