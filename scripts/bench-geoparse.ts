/**
 * Times the geoparser: `npm run bench:geoparse -- [<corpus.jsonl> ...]` (default: the
 * development corpora in ../shared/corpora). Prints what each part of the gazetteer weighs
 * (raw and gzip), how long it takes to parse (median of five runs, JSON.parse included), and
 * the time per article once it is loaded (mean, median and 95th percentile). Timing lives here,
 * not in the tests, so that a busy machine fails no test.
 */
import { existsSync, readFileSync } from 'node:fs';
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
  const parseMs = (texts: string[]) =>
    median(
      Array.from({ length: RUNS }, () => {
        const start = performance.now();
        parseGazetteer(texts.map((text) => JSON.parse(text) as unknown));
        return performance.now() - start;
      }),
    );
  const rows = (asset: typeof assets.core) =>
    asset.rows === '' ? 0 : asset.rows.split('\n').length;
  console.log('| gazetteer | places | raw | gzip | parse |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(
    `| core | ${rows(assets.core).toLocaleString('en-US')} | ${kB(core.length)} | ${kB(gzipSync(core).length)} | ${parseMs([core]).toFixed(0)} ms |`,
  );
  console.log(
    `| tail | ${rows(assets.tail).toLocaleString('en-US')} | ${kB(tail.length)} | ${kB(gzipSync(tail).length)} | |`,
  );
  console.log(`| core + tail | | | | ${parseMs([core, tail]).toFixed(0)} ms |`);

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
  const times = texts.map((text) => {
    const start = performance.now();
    geoparse(text, gazetteer);
    return performance.now() - start;
  });
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  console.log(
    `\n${texts.length} articles: ${mean.toFixed(1)} ms each on average, median ${median(times).toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms (core and tail loaded)`,
  );
});

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
