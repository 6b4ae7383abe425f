// Prints the table of bench/parse-vs-graphql-js.sh from graphql-js's results (peers/graphql-js)
// and BenchmarkDotNet's full JSON report of ParserBenchmarks.
// Usage: node print-parse-comparison.mjs <graphql-js.json> <ParserBenchmarks-report-full-compressed.json>
import { readFileSync } from 'node:fs';

const [graphqlJsPath, benchmarkDotNetPath] = process.argv.slice(2);
const graphqlJs = JSON.parse(readFileSync(graphqlJsPath, 'utf8'));
const benchmarkDotNet = JSON.parse(readFileSync(benchmarkDotNetPath, 'utf8'));
const target = 3;

const rows = graphqlJs.results.map(({ document, opsPerSecond: theirs }) => {
  const benchmark = benchmarkDotNet.Benchmarks.find((candidate) => candidate.Parameters === `Document=${document}`);
  if (!benchmark) throw new Error(`No BenchmarkDotNet result for ${document}.`);
  const ours = 1e9 / benchmark.Statistics.Mean;
  const multiple = ours / theirs;
  return {
    document,
    ours: Math.round(ours).toLocaleString('en-US'),
    theirs: Math.round(theirs).toLocaleString('en-US'),
    multiple: `${multiple.toFixed(2)}x`,
    allocated: `${benchmark.Memory.BytesAllocatedPerOperation.toLocaleString('en-US')} B`,
    verdict: multiple >= target ? 'ok' : `below ${target}x`,
  };
});

const header = { document: 'document', ours: 'GraphApi ops/s', theirs: 'graphql-js ops/s', multiple: 'multiple', allocated: 'allocated/parse', verdict: 'target 3x' };
const columns = Object.keys(header);
const widths = columns.map((column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
const line = (row) => `| ${columns.map((column, i) => (i === 0 ? row[column].padEnd(widths[i]) : row[column].padStart(widths[i]))).join(' | ')} |`;

console.log(line(header));
console.log(`|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\ngraphql-js ${graphqlJs.graphqlVersion} on Node ${graphqlJs.node}; ${benchmarkDotNet.HostEnvironmentInfo.RuntimeVersion}, BenchmarkDotNet ${benchmarkDotNet.HostEnvironmentInfo.BenchmarkDotNetVersion}.`);
