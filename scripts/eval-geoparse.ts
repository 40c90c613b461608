/**
 * Measures the geoparser on annotated corpora: `npm run eval:geoparse -- <corpus.jsonl> [...]`
 * (default: the development corpora in ../shared/corpora). Prints precision, recall, F1 and
 * accuracy@161 km per corpus and overall, for the tuning part, the held-out part (see
 * `src/lib/geoparse/split.ts`) and all documents; `--split tuning|held-out` prints one part
 * only; `--core` measures with the gazetteer's core alone (what the editor has before the tail
 * loads). Then the time per article after the gazetteer loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { countryAt } from '../src/lib/data/country-lookup.ts';
import { geoparse, mentionRecord } from '../src/lib/geoparse/index.ts';
import {
  scoreDocuments,
  type GoldToponym,
  type ScoredDocument,
} from '../src/lib/geoparse/score.ts';
import { splitOf, type Split } from '../src/lib/geoparse/split.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';
import { loadGazetteer } from './geoparse-gazetteer.ts';
import { readJsonLines } from './jsonl.ts';

const USAGE = 'npm run eval:geoparse -- [--split tuning|held-out] [--core] [<corpus.jsonl> ...]';
const DEFAULT_CORPORA = ['../shared/corpora/lgl.jsonl', '../shared/corpora/geowebnews-dev.jsonl'];
const PARTS: readonly (Split | 'all')[] = ['tuning', 'held-out', 'all'];

runCommand('eval:geoparse', () => {
  const { values, positionals } = readArgs(
    { split: { type: 'string' }, core: { type: 'boolean' } },
    USAGE,
  );
  if (values.split !== undefined && values.split !== 'tuning' && values.split !== 'held-out') {
    throw new UsageError(`--split is tuning or held-out; usage: ${USAGE}`);
  }
  const files = positionals.length > 0 ? positionals : DEFAULT_CORPORA.filter(existsSync);
  if (files.length === 0) throw new UsageError(`no corpus given; usage: ${USAGE}`);
  const gazetteer = loadGazetteer({ tail: !values.core });
  const documents: (ScoredDocument & { split: Split })[] = [];
  let ms = 0;
  for (const file of files) {
    for (const { line, value } of readJsonLines(file, readFileSync)) {
      const doc = value as { id?: unknown; corpus?: unknown; text?: unknown; toponyms?: unknown };
      if (typeof doc.text !== 'string' || !Array.isArray(doc.toponyms)) {
        throw new Error(`${file}:${line}: needs "text" and "toponyms"`);
      }
      const split = splitOf(typeof doc.id === 'string' ? doc.id : `${file}:${line}`);
      if (values.split && split !== values.split) continue;
      const start = performance.now();
      const predicted = geoparse(doc.text, gazetteer).mentions.map(mentionRecord);
      ms += performance.now() - start;
      const corpus = typeof doc.corpus === 'string' ? doc.corpus : file;
      documents.push({ corpus, split, gold: doc.toponyms as GoldToponym[], predicted });
    }
  }
  const parts = values.split ? [values.split as Split] : PARTS;
  for (const part of parts) {
    const inPart = documents.filter((d) => part === 'all' || d.split === part);
    printTable(part, inPart);
  }
  console.log(`\n${(ms / documents.length).toFixed(1)} ms per article after the gazetteer loaded`);
});

function printTable(part: string, documents: readonly ScoredDocument[]): void {
  const corpora = [...new Set(documents.map((d) => d.corpus))];
  const rows = corpora.map((corpus) => ({
    corpus,
    score: scoreDocuments(
      documents.filter((d) => d.corpus === corpus),
      countryAt,
    ),
  }));
  if (corpora.length > 1)
    rows.push({ corpus: 'overall', score: scoreDocuments(documents, countryAt) });
  const ratio = (x: number) => x.toFixed(3);
  console.log(`\n${part}:\n`);
  console.log('| corpus | documents | gold | predicted | P | R | F1 | acc@161 km |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { corpus, score: s } of rows) {
    console.log(
      `| ${corpus} | ${s.documents} | ${s.gold} | ${s.predicted} | ${ratio(s.precision)} | ${ratio(s.recall)} | ${ratio(s.f1)} | ${ratio(s.accuracy161)} |`,
    );
  }
}
