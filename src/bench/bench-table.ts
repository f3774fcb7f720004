import type {BenchReport, BenchRow} from './run-bench.js';

const MODE_NAMES: Readonly<Record<BenchRow['mode'], string>> = {
  parse: 'parse only',
  single: 'single',
  pool: 'pool',
  floor: 'floor',
};

const HEADINGS = ['mode', 'workers', 'seconds', 'pages/s', 'speedup', '× floor', 'CPU ms/page', 'peak RSS MiB'] as const;

/** The report as a plain-text table, with the settings above it. */
export function formatBenchTable(report: BenchReport): string {
  const {settings, machine} = report;
  const lines = [
    `${settings.pages} pages (parse only: ${settings.parsePages}), ${settings.latencyMs} ms latency, ${settings.encoding}; ` +
      `${machine.cpus} CPUs (${machine.cpuModel}), Node ${machine.node}` +
      (settings.repeat > 1 ? `; median of ${settings.repeat} runs each` : ''),
    '',
  ];
  const cells = report.rows.map((row) => [
    MODE_NAMES[row.mode],
    String(row.workers),
    row.seconds.toFixed(2),
    row.pagesPerSecond.toFixed(0),
    row.speedup === undefined ? '' : `${row.speedup.toFixed(2)}×`,
    row.floorRatio === undefined ? '' : row.floorRatio.toFixed(2),
    row.cpuMsPerPage.toFixed(2),
    row.peakRssMiB.toFixed(0),
  ]);
  const widths = HEADINGS.map((heading, column) => Math.max(heading.length, ...cells.map((row) => row[column]?.length ?? 0)));
  // The mode column reads left-aligned; numbers right-aligned.
  const format = (row: readonly string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  lines.push(format(HEADINGS), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(format));
  const failed = report.rows.reduce((sum, row) => sum + row.failed, 0);
  if (failed > 0) lines.push('', `WARNING: ${failed} pages failed; the timings above are not comparable.`);
  const busy = report.rows.filter((row) => (row.otherCpuPercent ?? 0) > 10);
  if (busy.length > 0) {
    const worst = Math.max(...busy.map((row) => row.otherCpuPercent ?? 0));
    lines.push(
      '',
      `WARNING: other programs used up to ${worst.toFixed(0)}% of the CPUs during ${busy.length} of the runs; run again on a quiet machine.`,
    );
  }
  if (!report.outputsMatch) lines.push('', 'WARNING: single and pool runs wrote different CSV.');
  return lines.join('\n');
}
