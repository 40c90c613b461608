/**
 * The bench's markdown report: medians side by side, the two targets with PASS/OVER,
 * the app's bytes by kind, and every run, so a reader can judge the noise.
 */
import { KINDS, type Breakdown } from './weigh.ts';

/** What one page measured over its runs. */
export interface PageSummary {
  /** Time from navigation start to the map's first idle, per successful run (ms). */
  timesMs: number[];
  /** The page's cumulative layout shift by the map's idle, per run (the host's, for a host). */
  shifts: number[];
  /** Time from navigation start to the still picture's paint, where the page has one (ms). */
  pictureMs: number[];
  /** First-view bytes (gzip -9) per successful run. */
  bytes: number[];
  requests: number[];
  failures: string[];
  breakdown: Breakdown | null;
  /** Each file of the first run: path, gzip -9 and raw bytes, ms from navigation start. */
  files: { path: string; bytes: number; raw: number; startMs: number; endMs: number }[];
}

export interface ReportInput {
  date: string;
  story: string;
  runs: number;
  browser: string;
  viewport: { width: number; height: number };
  /** The embed page's window: the figure the share dialog's code makes. */
  embedViewport: { width: number; height: number };
  mapSize: { width: number; height: number } | null;
  app: PageSummary;
  bare: PageSummary;
  /** The embed page (`embed.html`), which paints the still picture first. */
  embed: PageSummary;
  /** An article on another origin embedding the map with the share dialog's code. */
  host: PageSummary;
  /** The same pages over a throttled network ("slow 4G"). */
  throttled: { app: PageSummary; bare: PageSummary; embed: PageSummary; host: PageSummary };
  /** gzip -9 of MapLibre's npm files, by file name. */
  maplibreFiles: Record<string, number>;
  warnings: string[];
}

/** Limits, as multiples of the reference they are measured against. */
export const TARGETS = {
  bytesVsMaplibre: 1.25,
  timeVsBare: 1.2,
  pictureVsIdle: 0.25,
  /** Throttled: the still picture on screen within this share of the bare page's idle... */
  throttledPictureVsBareIdle: 0.2,
  /** ...and the live map idle within this multiple of it. */
  throttledIdleVsBare: 1.1,
  /** The host page's layout shift caused by the embed. */
  hostShift: 0,
};

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const kB = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} kB` : '—');
const ms = (time: number) =>
  Number.isFinite(time) ? `${Math.round(time).toLocaleString('en')} ms` : '—';
const ratio = (a: number, b: number) =>
  b > 0 && Number.isFinite(a / b) ? (a / b).toFixed(2) : '—';
const verdict = (value: number, limit: number) =>
  !Number.isFinite(value) || !Number.isFinite(limit) ? 'n/a' : value <= limit ? 'PASS' : 'OVER';

export function renderReport(input: ReportInput): string {
  const { app, bare } = input;
  const appTime = median(app.timesMs);
  const bareTime = median(bare.timesMs);
  const appBytes = median(app.bytes);
  const bareBytes = median(bare.bytes);
  const maplibreOwn = Object.values(input.maplibreFiles).reduce((sum, bytes) => sum + bytes, 0);
  const bytesLimit = TARGETS.bytesVsMaplibre * maplibreOwn;
  const timeLimit = TARGETS.timeVsBare * bareTime;
  const size = input.mapSize ? `${input.mapSize.width}×${input.mapSize.height}` : 'whole window';
  const lines = [
    '# Dateline bench: first view, app vs bare MapLibre',
    '',
    `${input.date} · story \`${input.story}\` · median of ${input.runs} runs per page, alternating, ` +
      `fresh browser context (cold cache) each · ${input.browser} headless, WebGL2 on SwiftShader · ` +
      `viewport ${input.viewport.width}×${input.viewport.height} (the embed ` +
      `${input.embedViewport.width}×${input.embedViewport.height}, its figure's height) · ` +
      `bare map ${size} (the app's map) · ` +
      'bytes are gzip -9 of every body downloaded before the map was idle',
    '',
    '| | App (`dist/`) | Bare MapLibre (`bench/dist-bare/`) | App / bare |',
    '|---|---:|---:|---:|',
    `| Time to idle (median) | ${ms(appTime)} | ${ms(bareTime)} | ${ratio(appTime, bareTime)} |`,
    `| First-view bytes (gzip -9) | ${kB(appBytes)} | ${kB(bareBytes)} | ${ratio(appBytes, bareBytes)} |`,
    `| Requests | ${median(app.requests)} | ${median(bare.requests)} | |`,
    `| Successful runs | ${app.timesMs.length}/${input.runs} | ${bare.timesMs.length}/${input.runs} | |`,
    '',
    '| Target | Measured | Limit | Result |',
    '|---|---:|---:|:---:|',
    `| First-view bytes ≤ ${TARGETS.bytesVsMaplibre} × MapLibre's own files | ${kB(appBytes)} ` +
      `(${ratio(appBytes, maplibreOwn)}×) | ${kB(bytesLimit)} | ${verdict(appBytes, bytesLimit)} |`,
    `| Time to idle ≤ ${TARGETS.timeVsBare} × bare page | ${ms(appTime)} (${ratio(appTime, bareTime)}×) ` +
      `| ${ms(timeLimit)} | ${verdict(appTime, timeLimit)} |`,
    ...embedSection(input.embed, bytesLimit, maplibreOwn),
    ...throttledSection(input),
    '',
    "MapLibre's own files (npm `maplibre-gl/dist`, gzip -9): " +
      Object.entries(input.maplibreFiles)
        .map(([name, bytes]) => `\`${name}\` ${kB(bytes)}`)
        .join(' + ') +
      ` = **${kB(maplibreOwn)}**`,
    '',
    '## Bytes by kind (gzip -9)',
    '',
    '| Kind | App | Bare |',
    '|---|---:|---:|',
    ...KINDS.map(
      (kind) =>
        `| ${kind} | ${kB(app.breakdown?.[kind].bytes ?? Number.NaN)} | ${kB(bare.breakdown?.[kind].bytes ?? Number.NaN)} |`,
    ),
    `| **total** | **${kB(appBytes)}** | **${kB(bareBytes)}** |`,
    '',
    "`maplibre js` in the app is an estimate: the app bundles MapLibre with its own code, so MapLibre's " +
      "share is taken to be the gzip size of MapLibre's chunk in the bare build (where it is a chunk of " +
      "its own) and `app js` is the rest. CSS is split rule by rule (`.maplibregl-*` rules are MapLibre's). " +
      '`story json` is `data/index.json` + `data/<id>/story.json`; `other` is the HTML and anything else.',
    '',
    '## Files downloaded (first counted run)',
    '',
    'Requested and received: ms from navigation start (a local server, so this shows the order ' +
      'in which each page asks for things rather than network time).',
    '',
    '| Page | Path | Raw | gzip -9 | Requested | Received |',
    '|---|---|---:|---:|---:|---:|',
    ...(['app', 'bare'] as const).flatMap((page) => [
      ...input[page].files.map(
        (file) =>
          `| ${page} | \`${file.path}\` | ${kB(file.raw)} | ${kB(file.bytes)} | ` +
          `${ms(file.startMs)} | ${ms(file.endMs)} |`,
      ),
      `| ${page} | *map idle* | | | | ${ms(input[page].timesMs[0] ?? Number.NaN)} |`,
    ]),
    '',
    '## Every run (ms to idle, in order)',
    '',
    `- app: ${app.timesMs.map(Math.round).join(', ') || '—'}`,
    `- bare: ${bare.timesMs.map(Math.round).join(', ') || '—'}`,
    `- embed: ${input.embed.timesMs.map(Math.round).join(', ') || '—'} ` +
      `(picture painted at ${input.embed.pictureMs.map(Math.round).join(', ') || '—'})`,
    `- host page's layout shift: ${input.host.shifts.join(', ') || '—'}; throttled: ` +
      `${input.throttled.host.shifts.join(', ') || '—'}`,
    ...(['app', 'bare', 'embed'] as const).map(
      (page) =>
        `- ${page}, throttled: ${input.throttled[page].timesMs.map(Math.round).join(', ') || '—'}` +
        (input.throttled[page].pictureMs.length > 0
          ? ` (picture at ${input.throttled[page].pictureMs.map(Math.round).join(', ')})`
          : ''),
    ),
  ];
  const problems = [
    ...input.warnings,
    ...app.failures.map((failure) => `app: ${failure}`),
    ...bare.failures.map((failure) => `bare: ${failure}`),
    ...input.embed.failures.map((failure) => `embed: ${failure}`),
    ...input.host.failures.map((failure) => `host: ${failure}`),
    ...(['app', 'bare', 'embed', 'host'] as const).flatMap((page) =>
      input.throttled[page].failures.map((failure) => `${page}, throttled: ${failure}`),
    ),
  ];
  if (problems.length > 0)
    lines.push('', '## Warnings', '', ...problems.map((problem) => `- ${problem}`));
  return `${lines.join('\n')}\n`;
}

/** The embed page: its first view's bytes, and the still picture's paint against the live idle. */
function embedSection(embed: PageSummary, bytesLimit: number, maplibreOwn: number): string[] {
  const bytes = median(embed.bytes);
  const idle = median(embed.timesMs);
  const picture = median(embed.pictureMs);
  const pictureLimit = TARGETS.pictureVsIdle * idle;
  return [
    '',
    '## The embed (`embed.html`)',
    '',
    '| Target | Measured | Limit | Result |',
    '|---|---:|---:|:---:|',
    `| Picture painted ≤ ${TARGETS.pictureVsIdle} × time to the live map's idle | ${ms(picture)} ` +
      `(${ratio(picture, idle)}× of ${ms(idle)}) | ${ms(pictureLimit)} | ${verdict(picture, pictureLimit)} |`,
    `| First-view bytes ≤ ${TARGETS.bytesVsMaplibre} × MapLibre's own files | ${kB(bytes)} ` +
      `(${ratio(bytes, maplibreOwn)}×) | ${kB(bytesLimit)} | ${verdict(bytes, bytesLimit)} |`,
  ];
}

/**
 * Over "slow 4G": when each page shows the story (the still picture) and when its live map is
 * idle, against the bare page's idle; and the host page's layout shift from the embed.
 */
function throttledSection(input: ReportInput): string[] {
  const { throttled } = input;
  const bareIdle = median(throttled.bare.timesMs);
  const pictureLimit = TARGETS.throttledPictureVsBareIdle * bareIdle;
  const idleLimit = TARGETS.throttledIdleVsBare * bareIdle;
  const row = (name: string, page: PageSummary) => {
    const picture = median(page.pictureMs);
    const idle = median(page.timesMs);
    return [
      `| ${name}: still picture ≤ ${TARGETS.throttledPictureVsBareIdle} × bare idle | ${ms(picture)} ` +
        `(${ratio(picture, bareIdle)}×) | ${ms(pictureLimit)} | ${verdict(picture, pictureLimit)} |`,
      `| ${name}: map idle ≤ ${TARGETS.throttledIdleVsBare} × bare idle | ${ms(idle)} ` +
        `(${ratio(idle, bareIdle)}×) | ${ms(idleLimit)} | ${verdict(idle, idleLimit)} |`,
    ];
  };
  const shift = (page: PageSummary) => {
    const value = Math.max(...page.shifts);
    return Number.isFinite(value) ? value.toFixed(4) : '—';
  };
  const worstShift = Math.max(...input.host.shifts, ...throttled.host.shifts);
  return [
    '',
    '## Throttled: "slow 4G" (1.6 Mbps down, 750 kbps up, 150 ms round trip)',
    '',
    `Bare MapLibre page idle: ${ms(bareIdle)}.`,
    '',
    '| Target | Measured | Limit | Result |',
    '|---|---:|---:|:---:|',
    ...row('Full page', throttled.app),
    ...row('Embed', throttled.embed),
    '',
    '## The host page (an article on another origin, embed code as the share dialog writes it)',
    '',
    '| Target | Unthrottled | Throttled | Result |',
    '|---|---:|---:|:---:|',
    `| Host layout shift caused by the embed = ${TARGETS.hostShift} (worst run) | ${shift(input.host)} ` +
      `| ${shift(throttled.host)} | ${verdict(worstShift, TARGETS.hostShift)} |`,
    `| Embed's map idle, from the host's navigation | ${ms(median(input.host.timesMs))} ` +
      `| ${ms(median(throttled.host.timesMs))} | |`,
  ];
}
