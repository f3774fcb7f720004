import {Agent, EnvHttpProxyAgent, ProxyAgent, type Dispatcher} from 'undici';

const KEEP_ALIVE_MS = 30_000;

/**
 * One session's connection pools, one per proxy (and one direct), reused by every request and
 * closed with the session: two sessions in one process never share or close each other's.
 */
export class Dispatchers {
  readonly #pools = new Map<string, Dispatcher>();

  /**
   * The connection pool for requests through `proxy`, or, without one, direct unless
   * HTTPS_PROXY / HTTP_PROXY say otherwise (NO_PROXY honoured).
   */
  for(proxy: string | undefined): Dispatcher {
    const key = proxy ?? '';
    let dispatcher = this.#pools.get(key);
    if (dispatcher === undefined) {
      dispatcher =
        proxy !== undefined
          ? new ProxyAgent({uri: proxy, keepAliveTimeout: KEEP_ALIVE_MS})
          : proxyEnvironmentSet()
            ? new EnvHttpProxyAgent({keepAliveTimeout: KEEP_ALIVE_MS})
            : new Agent({keepAliveTimeout: KEEP_ALIVE_MS});
      this.#pools.set(key, dispatcher);
    }
    return dispatcher;
  }

  /** Closes every pool, ending their connections at once. */
  async close(): Promise<void> {
    const all = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(all.map((dispatcher) => dispatcher.destroy()));
  }
}

/** Whether the environment names a proxy; if not, a plain Agent spares a proxy check on every request. */
function proxyEnvironmentSet(): boolean {
  return ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'].some((name) => (process.env[name] ?? '') !== '');
}
