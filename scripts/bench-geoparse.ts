/**
 * Times the geoparser: `npm run bench:geoparse -- [<corpus.jsonl> ...]` (default: the
 * development corpora in ../shared/corpora). Prints what each part of the gazetteer weighs
 * (raw and gzip), how long it takes to parse (median of five runs, JSON.parse included), and
 * the time per article once it is loaded (mean, median and 95th percentile). Each time is given
 * on the wall clock and in CPU time (this process's own), which a machine busy with other work
 * inflates far less. Timing lives here, not in the tests, so that a busy machine fails no test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { geoparse } from '../src/lib/geoparse/index.ts';
import { parseGazetteer } from '../src/lib/geoparse/gazetteer.ts';
import { readArgs, runCommand } from './cli.ts';
import { gazetteerAssets } from './geoparse-gazetteer.ts';
import { readJsonLines } from './jsonl.ts';

const USAGE = 'npm run bench:geoparse -- [<corpus.jsonl> ...]';
const DEFAULT_CORPORA = ['../shared/corpora/lgl.jsonl', '../shared/corpora/geowebnews-dev.jsonl'];
const RUNS = 5;

runCommand('bench:geoparse', () => {
  const { positionals } = readArgs({}, USAGE);
  const assets = gazetteerAssets();
  const core = JSON.stringify(assets.core);
  const tail = JSON.stringify(assets.tail);
  const kB = (bytes: number) =>
    `${(bytes / 1000).toLocaleString('en-US', { maximumFractionDigits: 0 })} kB`;
  const parseMs = (texts: string[]) => {
    const runs = Array.from({ length: RUNS }, () =>
      timed(() => parseGazetteer(texts.map((text) => JSON.parse(text) as unknown))),
    );
    return `${median(runs.map((r) => r.wall)).toFixed(0)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(0)} ms)`;
  };
  const rows = (asset: typeof assets.core) =>
    asset.rows === '' ? 0 : asset.rows.split('\n').length;
  console.log('| gazetteer | places | raw | gzip | parse |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| core | ${rows(assets.core).toLocaleString('en-US')} | ${kB(core.length)} | ${kB(gzipSync(core).length)} | ${parseMs([core])} |`,
  );
  console.log(
    `| tail | ${rows(assets.tail).toLocaleString('en-US')} | ${kB(tail.length)} | ${kB(gzipSync(tail).length)} | |`,
  );
  console.log(`| core + tail | | | | ${parseMs([core, tail])} |`);

  const files = positionals.length > 0 ? positionals : DEFAULT_CORPORA.filter(existsSync);
  if (files.length === 0) return;
  const gazetteer = parseGazetteer([assets.core, assets.tail]);
  const texts = files.flatMap((file) =>
    readJsonLines(file, readFileSync).flatMap(({ value }) => {
      const text = (value as { text?: unknown }).text;
      return typeof text === 'string' ? [text] : [];
    }),
  );
  for (const text of texts.slice(0, 20)) geoparse(text, gazetteer);
  const runs = texts.map((text) => timed(() => geoparse(text, gazetteer)));
  const describe = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
    return `${mean.toFixed(1)} ms on average, median ${median(values).toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms`;
  };
  console.log(`\n${texts.length} articles, core and tail loaded:`);
  console.log(`- wall clock: ${describe(runs.map((r) => r.wall))}`);
  console.log(`- CPU time:   ${describe(runs.map((r) => r.cpu))}`);
  console.log(`(load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores)`);
});

/** Wall-clock and CPU milliseconds of one call. */
function timed(run: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
