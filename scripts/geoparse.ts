/**
 * Geoparses documents: `npm run geoparse -- --in <docs.jsonl> --out <mentions.jsonl>`.
 * Each input line `{"id", "text", "published"?}`; each output line `{"id", "mentions": [{"start",
 * "end", "text", "lat", "lon", "kind", "country", "confidence"}]}`, offsets in UTF-16 units.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { geoparse, mentionRecord } from '../src/lib/geoparse/index.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';
import { loadGazetteer } from './geoparse-gazetteer.ts';
import { readJsonLines } from './jsonl.ts';

const USAGE = 'npm run geoparse -- --in <docs.jsonl> --out <mentions.jsonl>';

runCommand('geoparse', () => {
  const { values } = readArgs({ in: { type: 'string' }, out: { type: 'string' } }, USAGE);
  if (!values.in || !values.out)
    throw new UsageError(`--in and --out are required; usage: ${USAGE}`);
  const documents = readJsonLines(values.in, readFileSync);
  const gazetteer = loadGazetteer();
  const lines = documents.map(({ line, value }) => {
    const doc = value as { id?: unknown; text?: unknown };
    if (typeof doc.text !== 'string') throw new Error(`${values.in}:${line}: has no "text" string`);
    const mentions = geoparse(doc.text, gazetteer).mentions.map(mentionRecord);
    return JSON.stringify({ id: doc.id ?? line, mentions });
  });
  writeFileSync(values.out, lines.length ? `${lines.join('\n')}\n` : '');
  console.log(`${values.out}: ${lines.length} documents`);
});
