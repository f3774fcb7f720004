/**
 * deploy/kubernetes, checked without a cluster: the manifests are parsed, and the containers'
 * command lines run here as an Indexed Job would run them (JOB_COMPLETION_INDEX 0 to N−1, at
 * most `parallelism` at once, the volumes' mount paths mapped to folders, the Secret's keys as
 * files, BASE_URL pointed at the stand-in as an overlay would), then the merge Job's.
 */
import assert from 'node:assert/strict';
import {chmod, mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, test} from 'node:test';
import {parse} from 'yaml';
import {startStandInServer, type StandInServer} from '../../src/demo/stand-in-server.js';
import {startConnectProxy, type ConnectProxy} from '../helpers/connect-proxy.js';
import {BIN, runCli, startShell, type CliResult} from '../helpers/run-cli.js';

const DEPLOY = new URL('../../deploy/kubernetes/', import.meta.url);

interface Container {
  command: string[];
  args: string[];
  env?: {name: string; value: string}[];
  volumeMounts: {name: string; mountPath: string}[];
}
interface Volume {
  name: string;
  persistentVolumeClaim?: {claimName: string};
  secret?: {secretName: string};
}
interface JobManifest {
  kind: string;
  spec: {
    completionMode?: string;
    completions?: number;
    parallelism?: number;
    template: {spec: {containers: Container[]; volumes: Volume[]}};
  };
}

async function manifest<T>(name: string): Promise<T> {
  return parse(await readFile(new URL(name, DEPLOY), 'utf8')) as T;
}

describe('deploy/kubernetes', () => {
  let server: StandInServer;
  let proxies: ConnectProxy[];
  let dir: string;
  let job: JobManifest;
  let merge: JobManifest;
  let secret: {metadata: {name: string}; stringData: Record<string, string>};
  let claim: {metadata: {name: string}};
  before(async () => {
    [job, merge, secret, claim] = await Promise.all([
      manifest<JobManifest>('scrape-job.yaml'),
      manifest<JobManifest>('merge-job.yaml'),
      manifest<typeof secret>('proxies-secret.yaml'),
      manifest<typeof claim>('data-volume.yaml'),
    ]);
    server = await startStandInServer();
    proxies = await Promise.all([startConnectProxy(), startConnectProxy()]);
    dir = await mkdtemp(join(tmpdir(), 'screener-k8s-'));
  });
  after(async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await server.close();
  });

  test('an Indexed Job of more parts than pods at once, whose --shard auto/N is its completions, on the volume and Secret defined beside it', () => {
    const {spec} = job;
    assert.equal(job.kind, 'Job');
    assert.equal(spec.completionMode, 'Indexed');
    assert.ok((spec.parallelism ?? 1) < (spec.completions ?? 1), 'parallelism below completions');
    const script = spec.template.spec.containers[0]?.args.join('\n') ?? '';
    assert.match(script, new RegExp(`--shard auto/${spec.completions}\\b`));
    assert.match(script, /--resume/);
    for (const manifest of [job, merge]) {
      const volumes = manifest.spec.template.spec.volumes;
      assert.ok(volumes.some((volume) => volume.persistentVolumeClaim?.claimName === claim.metadata.name));
    }
    assert.ok(spec.template.spec.volumes.some((volume) => volume.secret?.secretName === secret.metadata.name));
  });

  test('its pods, run here with JOB_COMPLETION_INDEX 0 to N−1, and then the merge Job, give the one-process file', async () => {
    const data = join(dir, 'data');
    const secretDir = join(dir, 'proxies');
    const bin = join(dir, 'bin');
    await Promise.all([mkdir(data), mkdir(secretDir), mkdir(bin)]);
    const tickers = Array.from({length: 48}, (_, i) => `K${i}`);
    await writeFile(join(data, 'tickers.txt'), `${tickers.join('\n')}\n`);
    // The Secret's keys as files, as Kubernetes mounts them; here, the addresses of two real proxies.
    const keys = Object.keys(secret.stringData);
    assert.deepEqual(keys, ['0', '1']);
    for (const [index, key] of keys.entries()) await writeFile(join(secretDir, key), proxies[index]?.url ?? '');
    // The image's `screener`: this checkout's CLI.
    await writeFile(join(bin, 'screener'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    await chmod(join(bin, 'screener'), 0o755);
    const mounts = {'/data': data, '/etc/screener/proxies': secretDir};

    const run = (manifest: JobManifest, env: Record<string, string>): Promise<CliResult> => {
      const [container] = manifest.spec.template.spec.containers;
      assert.ok(container !== undefined);
      assert.deepEqual(container.command, ['/bin/sh', '-c']);
      let script = container.args.join('\n');
      for (const mount of container.volumeMounts) {
        const local = mounts[mount.mountPath as keyof typeof mounts];
        assert.ok(local !== undefined, `a mount this test maps: ${mount.mountPath}`);
        script = script.replaceAll(mount.mountPath, local);
      }
      const declared = Object.fromEntries((container.env ?? []).map(({name, value}) => [name, value]));
      return startShell(`exec /bin/sh -c '${script.replaceAll("'", `'\\''`)}'`, {
        env: {PATH: `${bin}:${process.env['PATH']}`, HOME: dir, ...declared, BASE_URL: server.origin, ...env},
      }).result;
    };

    // At most `parallelism` pods at once, each index once, as the Job controller runs them.
    const completions = job.spec.completions ?? 1;
    const parallelism = job.spec.parallelism ?? 1;
    let next = 0;
    const results: CliResult[] = [];
    await Promise.all(
      Array.from({length: parallelism}, async () => {
        while (next < completions) {
          const index = next++;
          results[index] = await run(job, {JOB_COMPLETION_INDEX: String(index)});
        }
      }),
    );
    for (const [index, result] of results.entries()) assert.equal(result.code, 0, `pod ${index}: ${result.stderr}`);
    assert.ok(
      proxies.every((proxy) => proxy.tunnels.length > 0),
      'every proxy of the Secret carried requests',
    );

    const merged = await run(merge, {});
    assert.equal(merged.code, 0, merged.stderr);
    assert.match(merged.stderr, new RegExp(`merge: 48 tickers, 48 rows from ${completions} parts`));
    const whole = await runCli(['scrape', join(data, 'tickers.txt'), '--base-url', server.origin]);
    assert.equal(whole.code, 0, whole.stderr);
    assert.equal(await readFile(join(data, 'fundamentals.csv'), 'utf8'), whole.stdout);
  });
});
