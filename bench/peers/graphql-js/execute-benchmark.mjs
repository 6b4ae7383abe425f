// Measures graphql-js 16.15 parse + validate + execute throughput (graphql()) on the execution
// benchmark's schema and in-memory data: a 3-field query, a list of 100 items x 5 fields, and the
// introspection query. Reports the median round's ops/s as JSON on stdout.
// Usage: node execute-benchmark.mjs [--rounds 5] [--round-seconds 1] [--warmup-seconds 1]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildSchema, getIntrospectionQuery, graphql, version } from 'graphql';

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    'round-seconds': { type: 'string', default: '1' },
    'warmup-seconds': { type: 'string', default: '1' },
  },
});
const rounds = Number(options.rounds);
const document = (name) => readFileSync(new URL(`../../documents/${name}.graphql`, import.meta.url), 'utf8');

const schema = buildSchema(document('execution-schema'));
const categories = ['HARDWARE', 'SOFTWARE', 'SERVICE'];
// The same 100 items the .NET benchmark serves.
const items = Array.from({ length: 100 }, (_, i) => ({
  id: String(i + 1),
  name: `Item ${i + 1}`,
  price: (i + 1) * 1.25,
  inStock: i % 3 !== 0,
  category: categories[i % 3],
}));
const rootValue = { hello: 'world', version: 3, healthy: true, items: () => items };

const operations = {
  'three-fields': document('execution-three-fields'),
  'nested-list': document('execution-nested-list'),
  introspection: getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }),
};

let resultBytes = 0;
async function executeFor(source, seconds) {
  const nanoseconds = BigInt(Math.round(seconds * 1e9));
  const start = process.hrtime.bigint();
  let count = 0;
  let elapsed = 0n;
  while (elapsed < nanoseconds) {
    for (let i = 0; i < 8; i++) {
      const result = await graphql({ schema, source, rootValue });
      if (result.errors) throw new Error(result.errors[0].message);
      resultBytes += JSON.stringify(result).length;
    }
    count += 8;
    elapsed = process.hrtime.bigint() - start;
  }
  return count / (Number(elapsed) / 1e9);
}

const results = [];
for (const [operation, source] of Object.entries(operations)) {
  await executeFor(source, Number(options['warmup-seconds']));
  const samples = [];
  for (let round = 0; round < rounds; round++) samples.push(await executeFor(source, Number(options['round-seconds'])));
  samples.sort((a, b) => a - b);
  results.push({ operation, opsPerSecond: samples[Math.floor(rounds / 2)] });
}

process.stdout.write(JSON.stringify({ graphqlVersion: version, node: process.version, resultBytes, results }));
