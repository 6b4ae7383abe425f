// Measures graphql-js 16.15 parse throughput on bench/documents: a warm-up, then several timed
// rounds per document, reporting the median round's ops/s. Writes JSON to stdout.
// Usage: node parse-benchmark.mjs [--rounds 5] [--round-seconds 1] [--warmup-seconds 1]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse, version } from 'graphql';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'round-seconds': { type: 'string', default: '1' },
    'warmup-seconds': { type: 'string', default: '1' },
  },
});
const rounds = Number(options.rounds);
const roundNanoseconds = BigInt(Math.round(Number(options['round-seconds']) * 1e9));
const warmupNanoseconds = BigInt(Math.round(Number(options['warmup-seconds']) * 1e9));

const documents = ['small-query', 'introspection-query', 'large-schema', 'dashboard-nested', 'dashboard-arguments', 'dashboard-strings'];

// Keeps the parsed documents observable, so the engine cannot drop the work.
let definitionCount = 0;

function parseFor(source, nanoseconds) {
  const start = process.hrtime.bigint();
  let operations = 0;
  let elapsed = 0n;
  while (elapsed < nanoseconds) {
    for (let i = 0; i < 16; i++) definitionCount += parse(source).definitions.length;
    operations += 16;
    elapsed = process.hrtime.bigint() - start;
  }
  return operations / (Number(elapsed) / 1e9);
}

const results = documents.map((document) => {
  const source = readFileSync(new URL(`../../documents/${document}.graphql`, import.meta.url), 'utf8');
  parseFor(source, warmupNanoseconds);
  const opsPerSecond = Array.from({ length: rounds }, () => parseFor(source, roundNanoseconds)).sort((a, b) => a - b);
  return { document, opsPerSecond: opsPerSecond[Math.floor(rounds / 2)] };
});

process.stdout.write(JSON.stringify({ graphqlVersion: version, node: process.version, definitionCount, results }));
