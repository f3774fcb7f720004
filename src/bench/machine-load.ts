import {readFile} from 'node:fs/promises';

/** Linux reports /proc/stat in USER_HZ ticks, 100 a second on every architecture Node runs on. */
const MS_PER_TICK = 10;

/**
 * CPU time every process on the machine has used since boot (every CPU summed), in ms; undefined
 * where there is no /proc/stat. Taken before and after a run, it shows whether something besides
 * the bench was competing for the CPUs.
 */
export async function machineBusyMs(): Promise<number | undefined> {
  try {
    const line = (await readFile('/proc/stat', 'utf8')).split('\n', 1)[0] ?? '';
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const [label, ...ticks] = line.trim().split(/\s+/);
    if (label !== 'cpu') return undefined;
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
    return (user + nice + system + irq + softirq + steal) * MS_PER_TICK;
  } catch {
    return undefined;
  }
}
