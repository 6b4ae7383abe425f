// Writes a large SDL document (a few thousand lines, every type system construct) to
// bench/documents/large-schema.graphql. A fixed seed makes the output the same on every run.
import { writeFileSync } from 'node:fs';

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20211026);
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (probability) => random() < probability;

const words = ['customer', 'request', 'interaction', 'expectation', 'retrospective', 'staff', 'channel',
  'impact', 'decision', 'knowledge', 'cadence', 'update', 'action', 'session', 'contact', 'status',
  'priority', 'deadline', 'rationale', 'link', 'team', 'queue', 'ticket', 'comment', 'attachment'];
const pascal = (word) => word[0].toUpperCase() + word.slice(1);
const scalars = ['String', 'Int', 'Float', 'Boolean', 'ID', 'DateTime', 'URL', 'JSON'];

const typeCount = 120;
const objectNames = Array.from({ length: typeCount }, (_, i) => `${pascal(pick(words))}${pascal(pick(words))}${i}`);
const interfaceNames = Array.from({ length: 12 }, (_, i) => `${pascal(pick(words))}Node${i}`);
const enumNames = Array.from({ length: 15 }, (_, i) => `${pascal(pick(words))}Kind${i}`);
const inputNames = Array.from({ length: 30 }, (_, i) => `${pascal(pick(words))}Input${i}`);

function description(indent) {
  if (!chance(0.6)) return '';
  const sentence = `${pascal(pick(words))} of the ${pick(words)}, as the ${pick(words)} sees it.`;
  if (chance(0.5)) return `${indent}"${sentence}"\n`;
  return `${indent}"""\n${indent}${sentence}\n${indent}  Indented: the ${pick(words)} "quoted".\n${indent}"""\n`;
}

function typeReference(names) {
  let type = pick(names);
  if (chance(0.4)) type += '!';
  if (chance(0.3)) {
    type = `[${type}]`;
    if (chance(0.4)) type += '!';
  }
  return type;
}

function directives() {
  const applied = [];
  if (chance(0.1)) applied.push('@deprecated(reason: "Use something else.")');
  if (chance(0.1)) applied.push(`@tag(name: "${pick(words)}")`);
  if (chance(0.05)) applied.push(`@cost(weight: ${Math.floor(random() * 100)})`);
  return applied.map((directive) => ` ${directive}`).join('');
}

function defaultValue(type) {
  if (!chance(0.3)) return '';
  const base = type.replace(/[[\]!]/g, '');
  const values = { String: `"${pick(words)}"`, Int: `${Math.floor(random() * 1000)}`, Float: `${(random() * 100).toFixed(3)}`,
    Boolean: pick(['true', 'false']), ID: `"${Math.floor(random() * 1e6)}"` };
  const value = values[base] ?? 'null';
  return type.startsWith('[') ? ` = [${value}]` : ` = ${value}`;
}

function argumentsDefinition() {
  if (!chance(0.4)) return '';
  const count = 1 + Math.floor(random() * 4);
  const argumentList = Array.from({ length: count }, (_, i) => {
    const type = typeReference([...scalars.slice(0, 5), ...inputNames, ...enumNames]);
    return `${pick(words)}${i}: ${type}${defaultValue(type)}${directives()}`;
  });
  return `(${argumentList.join(', ')})`;
}

function fields(indent, count, outputTypes) {
  return Array.from({ length: count }, (_, i) =>
    `${description(indent)}${indent}${pick(words)}${pascal(pick(words))}${i}${argumentsDefinition()}: ${typeReference(outputTypes)}${directives()}\n`,
  ).join('');
}

const outputTypes = [...scalars, ...objectNames, ...interfaceNames, ...enumNames];
const parts = [];

parts.push('"""\nThe generated schema: every type system construct, a few thousand lines.\n"""\nschema @tag(name: "root") {\n  query: Query\n  mutation: Mutation\n  subscription: Subscription\n}\n');
parts.push('directive @tag(name: String!) repeatable on SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION\n');
parts.push('"How expensive a field is."\ndirective @cost(weight: Int = 1) on\n  | FIELD_DEFINITION\n  | OBJECT\n');
parts.push('scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")\n\nscalar URL\n\nscalar JSON\n');

for (const name of interfaceNames) {
  parts.push(`${description('')}interface ${name}${directives()} {\n  id: ID!\n${fields('  ', 3 + Math.floor(random() * 5), outputTypes)}}\n`);
}

for (const name of enumNames) {
  const values = Array.from({ length: 3 + Math.floor(random() * 8) }, (_, i) =>
    `${description('  ')}  ${pick(words).toUpperCase()}_${i}${directives()}\n`).join('');
  parts.push(`${description('')}enum ${name}${directives()} {\n${values}}\n`);
}

for (const name of inputNames) {
  const oneOf = chance(0.2) ? ' @oneOf' : '';
  const inputFields = Array.from({ length: 2 + Math.floor(random() * 8) }, (_, i) => {
    const type = typeReference([...scalars.slice(0, 5), ...enumNames, ...inputNames]);
    const fieldType = oneOf ? type.replace(/!/g, '') : type;
    return `${description('  ')}  ${pick(words)}${i}: ${fieldType}${oneOf ? '' : defaultValue(fieldType)}${directives()}\n`;
  }).join('');
  parts.push(`${description('')}input ${name}${oneOf} {\n${inputFields}}\n`);
}

for (const name of objectNames) {
  const implemented = interfaceNames.filter(() => chance(0.08));
  const implementsClause = implemented.length > 0 ? ` implements ${implemented.join(' & ')}` : '';
  parts.push(`${description('')}type ${name}${implementsClause}${directives()} {\n  id: ID!\n${fields('  ', 4 + Math.floor(random() * 10), outputTypes)}}\n`);
}

for (let i = 0; i < 10; i++) {
  const members = objectNames.filter(() => chance(0.05));
  if (members.length === 0) members.push(pick(objectNames));
  const body = chance(0.5) ? ` = ${members.join(' | ')}` : ` =\n${members.map((member) => `  | ${member}`).join('\n')}`;
  parts.push(`${description('')}union ${pascal(pick(words))}Result${i}${directives()}${body}\n`);
}

for (const root of ['Query', 'Mutation', 'Subscription']) {
  parts.push(`type ${root} {\n${fields('  ', 40, outputTypes)}}\n`);
}

for (let i = 0; i < 20; i++) {
  const kind = pick(['type', 'interface', 'enum', 'input', 'union', 'scalar']);
  if (kind === 'type') parts.push(`extend type ${pick(objectNames)} @tag(name: "ext${i}") {\n${fields('  ', 2, outputTypes)}}\n`);
  if (kind === 'interface') parts.push(`extend interface ${pick(interfaceNames)} {\n${fields('  ', 2, outputTypes)}}\n`);
  if (kind === 'enum') parts.push(`extend enum ${pick(enumNames)} {\n  EXTENDED_${i}\n}\n`);
  if (kind === 'input') parts.push(`extend input ${pick(inputNames)} @tag(name: "ext${i}")\n`);
  if (kind === 'union') parts.push(`extend union ${pascal(pick(words))}Result${i % 10} = ${pick(objectNames)}\n`);
  if (kind === 'scalar') parts.push(`extend scalar ${pick(['DateTime', 'URL', 'JSON'])} @tag(name: "ext${i}")\n`);
}
parts.push('extend schema @tag(name: "extended")\n');

writeFileSync(new URL('../../../bench/documents/large-schema.graphql', import.meta.url), parts.join('\n'));
