/**
 * Measures the geoparser on annotated corpora: `npm run eval:geoparse -- <corpus.jsonl> [...]`
 * (default: the development corpora in ../shared/corpora). Prints precision, recall, F1 and
 * accuracy@161 km, per corpus and overall, and the time per article after the gazetteer loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { countryAt } from '../src/lib/data/country-lookup.ts';
import { geoparse, mentionRecord } from '../src/lib/geoparse/index.ts';
import {
  scoreDocuments,
  type GoldToponym,
  type ScoredDocument,
} from '../src/lib/geoparse/score.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';
import { loadGazetteer } from './geoparse-gazetteer.ts';
import { readJsonLines } from './jsonl.ts';

const USAGE = 'npm run eval:geoparse -- <corpus.jsonl> [...]';
const DEFAULT_CORPORA = ['../shared/corpora/lgl.jsonl', '../shared/corpora/geowebnews-dev.jsonl'];

runCommand('eval:geoparse', () => {
  const { positionals } = readArgs({}, USAGE);
  const files = positionals.length > 0 ? positionals : DEFAULT_CORPORA.filter(existsSync);
  if (files.length === 0) throw new UsageError(`no corpus given; usage: ${USAGE}`);
  const gazetteer = loadGazetteer();
  const documents: ScoredDocument[] = [];
  let ms = 0;
  for (const file of files) {
    for (const { line, value } of readJsonLines(file, readFileSync)) {
      const doc = value as { corpus?: unknown; text?: unknown; toponyms?: unknown };
      if (typeof doc.text !== 'string' || !Array.isArray(doc.toponyms)) {
        throw new Error(`${file}:${line}: needs "text" and "toponyms"`);
      }
      const start = performance.now();
      const predicted = geoparse(doc.text, gazetteer).mentions.map(mentionRecord);
      ms += performance.now() - start;
      const corpus = typeof doc.corpus === 'string' ? doc.corpus : file;
      documents.push({ corpus, gold: doc.toponyms as GoldToponym[], predicted });
    }
  }
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
  const pct = (x: number) => x.toFixed(3);
  console.log('| corpus | documents | gold | predicted | P | R | F1 | acc@161 km |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { corpus, score: s } of rows) {
    console.log(
      `| ${corpus} | ${s.documents} | ${s.gold} | ${s.predicted} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(s.accuracy161)} |`,
    );
  }
  console.log(`\n${(ms / documents.length).toFixed(1)} ms per article after the gazetteer loaded`);
});
