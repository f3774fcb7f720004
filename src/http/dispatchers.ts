import {Agent, EnvHttpProxyAgent, ProxyAgent, type Dispatcher} from 'undici';

const KEEP_ALIVE_MS = 30_000;

/** This thread's connection pools, one per proxy (and one direct), reused by every request. */
const dispatchers = new Map<string, Dispatcher>();

/**
 * The connection pool for requests through `proxy`, or, without one, direct
 * unless HTTPS_PROXY / HTTP_PROXY say otherwise (NO_PROXY honoured).
 */
export function dispatcherFor(proxy: string | undefined): Dispatcher {
  const key = proxy ?? '';
  let dispatcher = dispatchers.get(key);
  if (dispatcher === undefined) {
    dispatcher =
      proxy !== undefined
        ? new ProxyAgent({uri: proxy, keepAliveTimeout: KEEP_ALIVE_MS})
        : proxyEnvironmentSet()
          ? new EnvHttpProxyAgent({keepAliveTimeout: KEEP_ALIVE_MS})
          : new Agent({keepAliveTimeout: KEEP_ALIVE_MS});
    dispatchers.set(key, dispatcher);
  }
  return dispatcher;
}

/** Closes this thread's connection pools (the main thread, after a single-mode run). */
export async function closeDispatchers(): Promise<void> {
  const all = [...dispatchers.values()];
  dispatchers.clear();
  await Promise.all(all.map((dispatcher) => dispatcher.destroy()));
}

/** Whether the environment names a proxy; if not, a plain Agent spares a proxy check on every request. */
function proxyEnvironmentSet(): boolean {
  return ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'].some((name) => (process.env[name] ?? '') !== '');
}
