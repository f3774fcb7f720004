import {Agent, EnvHttpProxyAgent, Pool, ProxyAgent, type Dispatcher} from 'undici';

const KEEP_ALIVE_MS = 30_000;

/** Where a request's connection goes through and leaves from. */
export interface Route {
  /** The proxy to go through; none: direct, unless HTTPS_PROXY / HTTP_PROXY say otherwise. */
  readonly proxy?: string;
  /** The source address of the connection (to the site, or to the proxy); none: the system's choice. */
  readonly localAddress?: string;
}

/**
 * One session's connection pools, one per proxy and source address (and one direct), reused by
 * every request and closed with the session: two sessions in one process never share or close
 * each other's.
 */
export class Dispatchers {
  readonly #pools = new Map<string, Dispatcher>();

  /**
   * The connection pool for requests through `proxy` from `localAddress`, or, without a proxy,
   * direct unless HTTPS_PROXY / HTTP_PROXY say otherwise (NO_PROXY honoured). Through a proxy, the
   * connection to the proxy leaves from `localAddress`: the site sees the proxy's address.
   */
  for(route: Route = {}): Dispatcher {
    const {proxy, localAddress} = route;
    const key = `${proxy ?? ''} ${localAddress ?? ''}`;
    let dispatcher = this.#pools.get(key);
    if (dispatcher === undefined) {
      const options = {keepAliveTimeout: KEEP_ALIVE_MS, ...(localAddress === undefined ? {} : {localAddress})};
      // undici makes a proxy's own connection pool without the agent's options: it is given the address here.
      const throughProxy =
        localAddress === undefined
          ? options
          : {...options, clientFactory: (origin: URL, pool: Pool.Options) => new Pool(origin, {...pool, localAddress})};
      dispatcher =
        proxy !== undefined
          ? new ProxyAgent({uri: proxy, ...throughProxy})
          : proxyEnvironmentSet()
            ? new EnvHttpProxyAgent(throughProxy)
            : new Agent(options);
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
