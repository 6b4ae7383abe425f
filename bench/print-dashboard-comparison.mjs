// Prints bench/dashboard-vs-handwritten.sh's table from BenchmarkDotNet's full JSON report: each side's median and
// mean latency and allocations per request, and GraphApi's as a multiple of the hand-written endpoint's (medians).
// Usage: node print-dashboard-comparison.mjs <report-full-compressed.json> <target multiple>
import { readFileSync } from 'node:fs';

const [reportPath, targetText] = process.argv.slice(2);
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const target = Number(targetText);
const find = (method) => {
  const benchmark = report.Benchmarks.find((candidate) => candidate.Method === method);
  if (!benchmark) throw new Error(`No BenchmarkDotNet result for ${method}.`);
  return benchmark;
};
const graphApi = find('GraphApi');
const handWritten = find('HandWritten');

const ms = (nanoseconds) => `${(nanoseconds / 1e6).toFixed(2)} ms`;
const bytes = (value) => `${value.toLocaleString('en-US')} B`;
const multiple = (ours, theirs) => ours / theirs;
const verdict = (value) => (value <= target ? 'ok' : `over ${target}x`);
const latency = multiple(graphApi.Statistics.Median, handWritten.Statistics.Median);
const allocations = multiple(graphApi.Memory.BytesAllocatedPerOperation, handWritten.Memory.BytesAllocatedPerOperation);

const rows = [
  { name: 'GraphApi', median: ms(graphApi.Statistics.Median), mean: ms(graphApi.Statistics.Mean), allocated: bytes(graphApi.Memory.BytesAllocatedPerOperation) },
  { name: 'hand-written EF Core + STJ', median: ms(handWritten.Statistics.Median), mean: ms(handWritten.Statistics.Mean), allocated: bytes(handWritten.Memory.BytesAllocatedPerOperation) },
  { name: 'multiple (GraphApi / hand-written)', median: `${latency.toFixed(2)}x`, mean: `${multiple(graphApi.Statistics.Mean, handWritten.Statistics.Mean).toFixed(2)}x`, allocated: `${allocations.toFixed(2)}x` },
  { name: `target ${target}x`, median: verdict(latency), mean: '', allocated: verdict(allocations) },
];

const header = { name: 'dashboard request', median: 'median', mean: 'mean', allocated: 'allocated/request' };
const columns = Object.keys(header);
const widths = columns.map((column) => Math.max(header[column].length, ...rows.map((row) => row[column].length)));
const line = (row) => `| ${columns.map((column, i) => (i === 0 ? row[column].padEnd(widths[i]) : row[column].padStart(widths[i]))).join(' | ')} |`;

console.log(line(header));
console.log(`|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\n${report.HostEnvironmentInfo.RuntimeVersion}, BenchmarkDotNet ${report.HostEnvironmentInfo.BenchmarkDotNetVersion}.`);
