// The oracle for our validator: the corpus of operations and what graphql-js 16 says of each.
// Reads {"seed","randomDocuments"} from stdin; writes {"graphqlVersion","schema","documents":[{"name","source","errors":[{"message","locations":[{"line","column"}]}]}]}.
// The corpus is corpus/validation/handwritten.graphql (one case per '# ---' section) plus documents
// generated from corpus/validation/schema.graphql with a seeded generator: valid operations, and each
// broken by one mutation aimed at a validation rule. Same seed, same documents.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  buildSchema, parse, print, validate, version, visit, Kind,
  getNamedType, getNullableType, isCompositeType, isLeafType, isListType, isNonNullType,
  isEnumType, isInputObjectType, isScalarType, isAbstractType, isObjectType,
} from 'graphql';
import { readStdinJson, writeJson } from './io.mjs';

const corpus = (file) => readFileSync(fileURLToPath(new URL(`../corpus/validation/${file}`, import.meta.url)), 'utf8');
const request = await readStdinJson();
const sdl = corpus('schema.graphql');
const schema = buildSchema(sdl);

let state = request.seed >>> 0 || 1;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;

function literal(type, depth = 0) {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) {
    const count = Math.floor(random() * 3);
    return count === 1 && chance(0.3) ? literal(type.ofType, depth) : `[${Array.from({ length: count }, () => literal(type.ofType, depth)).join(', ')}]`;
  }
  if (isEnumType(type)) return pick(type.getValues()).name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) { const field = pick(fields); return `{ ${field.name}: ${literal(getNullableType(field.type), depth + 1)} }`; }
    const chosen = fields.filter((f) => (isNonNullType(f.type) && f.defaultValue === undefined) || (depth < 2 && chance(0.4)));
    return `{ ${chosen.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (type.name) {
    case 'Int': return String(Math.floor(random() * 200) - 50);
    case 'Float': return chance(0.5) ? '1.5' : '-3e2';
    case 'Boolean': return chance(0.5) ? 'true' : 'false';
    case 'ID': return chance(0.5) ? '"id-7"' : '42';
    case 'DateTime': return '"2026-11-22T19:22:02Z"';
    default: return '"text"';
  }
}

class Operation {
  constructor() { this.variables = []; this.fragments = []; this.counter = 0; }
  variable(type) {
    const name = `v${this.variables.length}`;
    this.variables.push(`$${name}: ${type}${chance(0.2) && !String(type).endsWith('!') ? ` = ${literal(type)}` : ''}`);
    return `$${name}`;
  }
}

function argumentsFor(field, operation) {
  const parts = [];
  for (const arg of field.args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !chance(0.35)) continue;
    parts.push(`${arg.name}: ${chance(0.3) ? operation.variable(arg.type) : literal(arg.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

function selectionSet(type, operation, depth) {
  const selections = [];
  if (isAbstractType(type)) {
    if (chance(0.5)) selections.push('__typename');
    const possible = schema.getPossibleTypes(type);
    for (const member of possible) if (chance(0.6)) selections.push(inlineOrSpread(member, operation, depth));
    if ('getFields' in type && Object.keys(type.getFields()).length && chance(0.7)) selections.push(...fields(type, operation, depth));
    if (!selections.length) selections.push('__typename');
  } else {
    selections.push(...fields(type, operation, depth));
    if (chance(0.15)) selections.push(inlineOrSpread(type, operation, depth));
  }
  return `{ ${selections.join(' ')} }`;
}

function inlineOrSpread(type, operation, depth) {
  const body = selectionSet(type, operation, depth + 1);
  if (chance(0.5)) return `... on ${type.name} ${body}`;
  const name = `${type.name}Fields${operation.fragments.length}`;
  operation.fragments.push(`fragment ${name} on ${type.name} ${body}`);
  return `...${name}`;
}

function fields(type, operation, depth) {
  const all = Object.values(type.getFields()).filter((f) => depth < 3 || isLeafType(getNamedType(f.type)));
  const count = 1 + Math.floor(random() * Math.min(4, all.length));
  const chosen = new Set();
  while (chosen.size < count && all.length) chosen.add(pick(all));
  return [...chosen].map((field) => {
    const alias = chance(0.15) ? `a${operation.counter++}: ` : '';
    const directive = chance(0.1) ? ` @include(if: ${chance(0.5) ? 'true' : operation.variable('Boolean!')})` : '';
    const named = getNamedType(field.type);
    const sub = isCompositeType(named) ? ` ${selectionSet(named, operation, depth + 1)}` : '';
    return `${alias}${field.name}${argumentsFor(field, operation)}${directive}${sub}`;
  });
}

function randomOperation(index) {
  const operation = new Operation();
  const kind = pick(['query', 'query', 'query', 'mutation', 'subscription']);
  const root = kind === 'query' ? schema.getQueryType() : kind === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  let body;
  if (kind === 'subscription') {
    const field = pick(Object.values(root.getFields()));
    const named = getNamedType(field.type);
    body = `{ ${field.name}${argumentsFor(field, operation)} ${selectionSet(named, operation, 1)} }`;
  } else {
    body = selectionSet(root, operation, 0);
  }
  const variables = operation.variables.length ? `(${operation.variables.join(', ')})` : '';
  return [`${kind} Op${index}${variables} ${body}`, ...operation.fragments].join('\n');
}

// Each mutation breaks a valid document in one place, aiming at one rule; null when it does not apply.
const mutations = {
  unknownField: (ast) => editOne(ast, Kind.FIELD, (n) => n.name.value !== '__typename', (n) => ({ ...n, name: { ...n.name, value: n.name.value + 'z' } })),
  dropSelectionSet: (ast) => editOne(ast, Kind.FIELD, (n) => n.selectionSet, (n) => ({ ...n, selectionSet: undefined })),
  addSelectionToLeaf: (ast) => editOne(ast, Kind.FIELD, (n) => !n.selectionSet && n.name.value !== '__typename', (n) => ({ ...n, selectionSet: parse('{ x }').definitions[0].selectionSet })),
  dropArgument: (ast) => editOne(ast, Kind.FIELD, (n) => n.arguments?.length, (n) => ({ ...n, arguments: n.arguments.slice(1) })),
  wrongLiteral: (ast) => editOne(ast, Kind.ARGUMENT, (n) => n.value.kind !== Kind.VARIABLE, (n) => ({ ...n, value: pick([{ kind: Kind.STRING, value: 'wrong' }, { kind: Kind.INT, value: '7' }, { kind: Kind.ENUM, value: 'NOPE' }, { kind: Kind.NULL }, { kind: Kind.OBJECT, fields: [] }]) })),
  unknownArgument: (ast) => editOne(ast, Kind.FIELD, () => true, (n) => ({ ...n, arguments: [...(n.arguments ?? []), parse('{ f(unknownArg: 1) }').definitions[0].selectionSet.selections[0].arguments[0]] })),
  duplicateArgument: (ast) => editOne(ast, Kind.FIELD, (n) => n.arguments?.length, (n) => ({ ...n, arguments: [...n.arguments, n.arguments[0]] })),
  undefinedVariable: (ast) => editOne(ast, Kind.VARIABLE, () => true, (n) => ({ ...n, name: { ...n.name, value: 'undefinedVar' } })),
  unusedVariable: (ast) => editOne(ast, Kind.OPERATION_DEFINITION, () => true, (n) => ({ ...n, variableDefinitions: [...(n.variableDefinitions ?? []), parse('query($unused: Int) { a }').definitions[0].variableDefinitions[0]] })),
  variableOfOutputType: (ast) => editOne(ast, Kind.VARIABLE_DEFINITION, () => true, (n) => ({ ...n, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: pick(['Dog', 'CatOrDog', 'Being']) } } })),
  narrowVariableType: (ast) => editOne(ast, Kind.VARIABLE_DEFINITION, () => true, (n) => ({ ...n, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: pick(['String', 'Int', 'FurColor', 'Boolean']) } }, defaultValue: undefined })),
  wrongTypeCondition: (ast) => editOne(ast, Kind.INLINE_FRAGMENT, (n) => n.typeCondition, (n) => ({ ...n, typeCondition: { ...n.typeCondition, name: { ...n.typeCondition.name, value: pick(['Cat', 'Dog', 'Human', 'Alien', 'Boolean', 'Unknown']) } } })),
  wrongFragmentType: (ast) => editOne(ast, Kind.FRAGMENT_DEFINITION, () => true, (n) => ({ ...n, typeCondition: { ...n.typeCondition, name: { ...n.typeCondition.name, value: pick(['Cat', 'Dog', 'Human', 'FurColor', 'Mammal']) } } })),
  unknownFragment: (ast) => editOne(ast, Kind.FRAGMENT_SPREAD, () => true, (n) => ({ ...n, name: { ...n.name, value: 'Missing' } })),
  unusedFragment: (ast) => ({ ...ast, definitions: [...ast.definitions, parse('fragment Lonely on Dog { name }').definitions[0]] }),
  fragmentCycle: (ast) => {
    const fragment = ast.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    if (!fragment) return null;
    const spread = { kind: Kind.FRAGMENT_SPREAD, name: fragment.name, directives: [] };
    return { ...ast, definitions: ast.definitions.map((d) => d === fragment ? { ...d, selectionSet: { ...d.selectionSet, selections: [...d.selectionSet.selections, spread] } } : d) };
  },
  conflictingAlias: (ast) => editOne(ast, Kind.SELECTION_SET, (n) => n.selections.filter((s) => s.kind === Kind.FIELD).length >= 2, (n) => {
    const [a, b] = n.selections.filter((s) => s.kind === Kind.FIELD);
    return { ...n, selections: n.selections.map((s) => s === b ? { ...s, alias: { kind: Kind.NAME, value: a.alias?.value ?? a.name.value } } : s) };
  }),
  duplicateOperationName: (ast) => ({ ...ast, definitions: [...ast.definitions, { ...ast.definitions[0], variableDefinitions: [] , selectionSet: parse('{ __typename }').definitions[0].selectionSet }] }),
  extraAnonymousOperation: (ast) => ({ ...ast, definitions: [...ast.definitions, parse('{ dog { name } }').definitions[0]] }),
  unknownDirective: (ast) => editOne(ast, Kind.FIELD, () => true, (n) => ({ ...n, directives: [...(n.directives ?? []), parse('{ a @unknownDirective }').definitions[0].selectionSet.selections[0].directives[0]] })),
  misplacedDirective: (ast) => editOne(ast, Kind.FIELD, () => true, (n) => ({ ...n, directives: [...(n.directives ?? []), parse('{ a @onQuery }').definitions[0].selectionSet.selections[0].directives[0]] })),
  duplicateDirective: (ast) => editOne(ast, Kind.FIELD, () => true, (n) => {
    const directive = parse('{ a @onField }').definitions[0].selectionSet.selections[0].directives[0];
    return { ...n, directives: [...(n.directives ?? []), directive, directive] };
  }),
  secondSubscriptionField: (ast) => editOne(ast, Kind.OPERATION_DEFINITION, (n) => n.operation === 'subscription', (n) => ({ ...n, selectionSet: { ...n.selectionSet, selections: [...n.selectionSet.selections, parse('{ catMeowed { meows } }').definitions[0].selectionSet.selections[0]] } })),
};

let editIndex = 0;
function editOne(ast, kind, applies, edit) {
  const candidates = [];
  visit(ast, { [kind]: (node) => { if (applies(node)) candidates.push(node); } });
  if (!candidates.length) return null;
  const target = pick(candidates);
  editIndex++;
  return visit(ast, { [kind]: (node) => node === target ? edit(node) : undefined });
}

const documents = [];
const handwritten = corpus('handwritten.graphql').split(/^# ---$/m);
handwritten.forEach((source, index) => documents.push({ name: `handwritten-${String(index).padStart(3, '0')}`, source: source.trim() + '\n' }));

const mutationNames = Object.keys(mutations);
for (let index = 0; index < request.randomDocuments; index++) {
  const source = randomOperation(index);
  if (index % 3 === 0) { documents.push({ name: `random-${index}-valid`, source }); continue; }
  const ast = parse(source, { noLocation: true });
  for (let attempt = 0; attempt < 6; attempt++) {
    const mutation = mutationNames[(index + attempt) % mutationNames.length];
    const broken = mutations[mutation](ast);
    if (broken) { documents.push({ name: `random-${index}-${mutation}`, source: print(broken) }); break; }
  }
}

const results = documents.map(({ name, source }) => ({
  name,
  source,
  errors: validate(schema, parse(source)).map((error) => ({ message: error.message, locations: error.locations ?? [] })),
}));

writeJson({ graphqlVersion: version, schema: sdl, documents: results });
