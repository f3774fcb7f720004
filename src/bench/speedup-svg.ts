import type {BenchReport, BenchRow} from './run-bench.js';

const WIDTH = 640;
const HEIGHT = 420;
const PLOT = {left: 64, right: 150, top: 56, bottom: 56} as const;

interface Series {
  readonly name: string;
  readonly color: string;
  readonly dash?: string;
  readonly points: ReadonlyArray<readonly [workers: number, speedup: number]>;
}

/**
 * An SVG line chart of speedup over single against workers (log scale): the pool, the floor
 * (a bare fetch loop at the same concurrency) and the ideal (speedup = workers).
 */
export function renderSpeedupSvg(report: BenchReport): string {
  const workers = [...report.settings.workers].sort((a, b) => a - b);
  const series: Series[] = [
    {name: 'floor (fetch only)', color: '#8c8c8c', dash: '6 4', points: pointsOf(report.rows, 'floor')},
    {name: 'pool', color: '#1f6fd1', points: pointsOf(report.rows, 'pool')},
  ];
  const highest = Math.max(1, ...series.flatMap((line) => line.points.map(([, speedup]) => speedup)));
  const yStep = niceStep(highest / 5);
  const yMax = Math.ceil((highest * 1.08) / yStep) * yStep;
  const low = Math.log2(workers[0] ?? 1);
  const high = Math.log2(workers.at(-1) ?? 1);
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const x = (count: number) => PLOT.left + (high === low ? plotWidth / 2 : ((Math.log2(count) - low) / (high - low)) * plotWidth);
  const y = (speedup: number) => PLOT.top + plotHeight - (speedup / yMax) * plotHeight;
  const round = (value: number) => Number(value.toFixed(1));

  const parts: string[] = [];
  const {settings, machine} = report;
  parts.push(
    `<text x="${PLOT.left}" y="24" font-size="16" font-weight="bold">Speedup over single mode</text>`,
    `<text x="${PLOT.left}" y="42" font-size="12" fill="#555">${escapeXml(
      `${settings.pages} pages, ${settings.latencyMs} ms latency; ${machine.cpus} CPUs, Node ${machine.node}`,
    )}</text>`,
  );
  // Grid and y axis.
  for (let value = 0; value <= yMax + yStep / 2; value += yStep) {
    parts.push(
      `<line x1="${PLOT.left}" y1="${round(y(value))}" x2="${PLOT.left + plotWidth}" y2="${round(y(value))}" stroke="#e4e4e4"/>`,
      `<text x="${PLOT.left - 8}" y="${round(y(value) + 4)}" font-size="12" text-anchor="end">${formatNumber(value)}×</text>`,
    );
  }
  // X axis.
  for (const count of workers) {
    parts.push(
      `<line x1="${round(x(count))}" y1="${PLOT.top + plotHeight}" x2="${round(x(count))}" y2="${PLOT.top + plotHeight + 5}" stroke="#333"/>`,
      `<text x="${round(x(count))}" y="${PLOT.top + plotHeight + 20}" font-size="12" text-anchor="middle">${count}</text>`,
    );
  }
  parts.push(
    `<line x1="${PLOT.left}" y1="${PLOT.top + plotHeight}" x2="${PLOT.left + plotWidth}" y2="${PLOT.top + plotHeight}" stroke="#333"/>`,
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.top + plotHeight}" stroke="#333"/>`,
    `<text x="${PLOT.left + plotWidth / 2}" y="${HEIGHT - 14}" font-size="13" text-anchor="middle">workers (requests in flight)</text>`,
    `<text transform="translate(18 ${PLOT.top + plotHeight / 2}) rotate(-90)" font-size="13" text-anchor="middle">speedup over single</text>`,
  );
  // The ideal, clipped to the plot.
  parts.push(
    `<clipPath id="plot"><rect x="${PLOT.left}" y="${PLOT.top}" width="${plotWidth}" height="${plotHeight}"/></clipPath>`,
    `<polyline clip-path="url(#plot)" fill="none" stroke="#3a3" stroke-width="1.5" stroke-dasharray="2 4" points="${workers
      .map((count) => `${round(x(count))},${round(y(count))}`)
      .join(' ')}"/>`,
  );
  for (const line of series) {
    if (line.points.length === 0) continue;
    const dash = line.dash === undefined ? '' : ` stroke-dasharray="${line.dash}"`;
    parts.push(
      `<polyline fill="none" stroke="${line.color}" stroke-width="2.5"${dash} points="${line.points
        .map(([count, speedup]) => `${round(x(count))},${round(y(speedup))}`)
        .join(' ')}"/>`,
      ...line.points.map(
        ([count, speedup]) =>
          `<circle cx="${round(x(count))}" cy="${round(y(speedup))}" r="3.5" fill="${line.color}"><title>${escapeXml(
            `${line.name}, ${count} workers: ${speedup.toFixed(2)}×`,
          )}</title></circle>`,
      ),
    );
  }
  // Legend.
  const legend: Series[] = [...series].reverse();
  legend.push({name: 'ideal (= workers)', color: '#3a3', dash: '2 4', points: []});
  legend.forEach((line, index) => {
    const top = PLOT.top + 10 + index * 22;
    const left = WIDTH - PLOT.right + 16;
    const dash = line.dash === undefined ? '' : ` stroke-dasharray="${line.dash}"`;
    parts.push(
      `<line x1="${left}" y1="${top}" x2="${left + 24}" y2="${top}" stroke="${line.color}" stroke-width="2.5"${dash}/>`,
      `<text x="${left + 30}" y="${top + 4}" font-size="12">${escapeXml(line.name)}</text>`,
    );
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(`screener bench: speedup over single mode, ${settings.pages} pages, ${settings.latencyMs} ms latency`)}</title>`,
    `<desc>${escapeXml(report.command)}</desc>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

function pointsOf(rows: readonly BenchRow[], mode: 'pool' | 'floor'): Array<[number, number]> {
  return rows
    .filter((row) => row.mode === mode && row.speedup !== undefined)
    .map((row): [number, number] => [row.workers, row.speedup ?? 0])
    .sort((a, b) => a[0] - b[0]);
}

/** 1, 2 or 5 times a power of ten, at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1e-9)));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
