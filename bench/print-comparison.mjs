// Prints the side-by-side table of bench/parse-vs-graphql-js.sh and bench/execute-vs-graphql-js.sh from
// graphql-js's results (peers/graphql-js) and BenchmarkDotNet's full JSON report, comparing medians.
// Usage: node print-comparison.mjs <graphql-js.json> <report-full-compressed.json> <Parameter> <target multiple> <what one op is>
import { readFileSync } from 'node:fs';

const [graphqlJsPath, benchmarkDotNetPath, parameter, targetText, unit] = process.argv.slice(2);
const graphqlJs = JSON.parse(readFileSync(graphqlJsPath, 'utf8'));
const benchmarkDotNet = JSON.parse(readFileSync(benchmarkDotNetPath, 'utf8'));
const target = Number(targetText);

// One row per BenchmarkDotNet case of each graphql-js result; other parameters (e.g. Documents=fresh) follow the name.
const rows = graphqlJs.results.flatMap((result) => {
  const name = result.document ?? result.operation;
  const theirs = result.opsPerSecond;
  const benchmarks = benchmarkDotNet.Benchmarks.filter((candidate) => candidate.Parameters.split(/[&,] */).includes(`${parameter}=${name}`));
  if (!benchmarks.length) throw new Error(`No BenchmarkDotNet result for ${name}.`);
  return benchmarks.map((benchmark) => ({ name, theirs, benchmark }));
}).map(({ name, theirs, benchmark }) => {
  const others = benchmark.Parameters.split(/[&,] */).filter((pair) => !pair.startsWith(`${parameter}=`)).map((pair) => pair.split('=')[1]);
  const ours = 1e9 / benchmark.Statistics.Median;
  const multiple = ours / theirs;
  return {
    name: [name, ...others].join(', '),
    ours: Math.round(ours).toLocaleString('en-US'),
    theirs: Math.round(theirs).toLocaleString('en-US'),
    multiple: `${multiple.toFixed(2)}x`,
    allocated: `${benchmark.Memory.BytesAllocatedPerOperation.toLocaleString('en-US')} B`,
    verdict: multiple >= target ? 'ok' : `below ${target}x`,
  };
});

const header = { name: parameter.toLowerCase(), ours: 'GraphApi ops/s', theirs: 'graphql-js ops/s', multiple: 'multiple', allocated: `allocated/${unit}`, verdict: `target ${target}x` };
const columns = Object.keys(header);
const widths = columns.map((column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
const line = (row) => `| ${columns.map((column, i) => (i === 0 ? row[column].padEnd(widths[i]) : row[column].padStart(widths[i]))).join(' | ')} |`;

console.log(line(header));
console.log(`|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\ngraphql-js ${graphqlJs.graphqlVersion} on Node ${graphqlJs.node}; ${benchmarkDotNet.HostEnvironmentInfo.RuntimeVersion}, BenchmarkDotNet ${benchmarkDotNet.HostEnvironmentInfo.BenchmarkDotNetVersion}.`);
