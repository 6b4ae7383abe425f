// Writes the dashboard-sized documents of bench/documents, deterministically (no randomness):
//   dashboard-nested.graphql     a dashboard of many panels: deep nesting, aliases, fragments, connections
//   dashboard-arguments.graphql  many variables with defaults, filter and order objects, lists, directives
//   dashboard-strings.graphql    long string literals with escapes and Unicode, and block strings
import { writeFileSync } from 'node:fs';
import { parse } from 'graphql';

const out = (name, text) => {
  parse(text); // every document must be valid GraphQL: they join the parser corpus
  writeFileSync(new URL(`../../../bench/documents/${name}.graphql`, import.meta.url), text);
};
const indent = (depth) => '  '.repeat(depth);
const statuses = ['NEW', 'TRIAGED', 'IN_PROGRESS', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED', 'DECLINED'];
const priorities = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

// A request with its customer, owner, interactions (with participants), expectations and retrospective, nested `depth` levels.
function requestSelection(depth, level, panel) {
  const lines = [
    'id', 'number', 'title', 'status', 'priority', 'businessImpact', 'why', 'createdAt', 'dueAt',
    `customer { id name email businessUnit preferredChannels usualContacts { staffMember { id name team } } }`,
    `owner { id name email team }`,
    `interactions(first: ${3 + (level % 4)}, order: [{ occurredAt: DESC }], where: { channel: { in: [PHONE, EMAIL, CHAT] } }) {`,
    `  totalCount`,
    `  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`,
    `  edges { cursor node { id channel kind summary occurredAt onPreferredChannel participants { role staffMember { id name team } } } }`,
    `}`,
    `expectations(where: { status: { in: [ON_TRACK, AT_RISK] } }, order: [{ dueAt: ASC }, { createdAt: DESC }]) {`,
    `  nodes { id deliverable dueAt status updateCadence lastUpdateAt alternative ...ExpectationBadge }`,
    `}`,
    `retrospective { id wentWell wentWrong doDifferently actionItems { id description done owner { name } } }`,
    `externalReferences { system externalId url }`,
    `...RequestAudit${panel % 4}`,
  ];
  if (level < depth) {
    lines.push(`related: customer { requests(first: 5, where: { status: { eq: ${statuses[level % statuses.length]} } }) { totalCount nodes {`);
    lines.push(...requestSelection(depth, level + 1, panel).map((line) => `  ${line}`));
    lines.push('} } }');
  }
  return lines;
}

{
  const panels = [];
  for (let panel = 0; panel < 12; panel++) {
    const body = requestSelection(3, 0, panel).map((line) => indent(4) + line).join('\n');
    panels.push(`  panel${panel}: requests(
    first: ${10 + panel}
    where: { and: [{ status: { in: [${statuses.slice(0, 1 + (panel % 5)).join(', ')}] } }, { priority: { in: [${priorities.slice(panel % 3).join(', ')}] } }, { title: { icontains: "panel ${panel}" } }] }
    order: [{ priority: DESC }, { createdAt: DESC }, { number: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
${body}
    }
  }`);
  }
  const fragments = [0, 1, 2, 3].map((n) => `fragment RequestAudit${n} on Request {
  id
  updatedAt
  version
  decision { outcome rationale decidedAt decidedBy { id name } }
  knowledgeLinks { title url educational }
  ... on Node { id }
}`);
  out('dashboard-nested', `# A wall dashboard of twelve panels, each a page of requests nested three levels deep (generated).
query WallDashboard {
${panels.join('\n')}
}

${fragments.join('\n\n')}

fragment ExpectationBadge on Expectation {
  id
  status
  dueAt
  atRiskSince
  missedAt
}
`);
}

{
  const variables = [];
  const uses = [];
  for (let i = 0; i < 40; i++) {
    const kind = i % 5;
    if (kind === 0) { variables.push(`$first${i}: Int = ${10 + i}`); uses.push(`first: $first${i}`); }
    if (kind === 1) { variables.push(`$status${i}: [RequestStatus!] = [${statuses.slice(0, 1 + (i % 6)).join(', ')}]`); uses.push(`where: { status: { in: $status${i} } }`); }
    if (kind === 2) { variables.push(`$after${i}: String = "cursor-${i}-${'x'.repeat(i)}"`); uses.push(`after: $after${i}`); }
    if (kind === 3) { variables.push(`$order${i}: [RequestSortInput!] = [{ priority: DESC }, { createdAt: ${i % 2 ? 'ASC' : 'DESC'} }]`); uses.push(`order: $order${i}`); }
    if (kind === 4) { variables.push(`$filter${i}: RequestFilterInput = { or: [{ title: { startsWith: "VPN ${i}" } }, { businessImpact: { icontains: "filing ${i}" } }, { number: { gte: ${i * 100}, lt: ${i * 100 + 50} } }] }`); uses.push(`where: $filter${i}`); }
  }
  const fields = uses.map((use, i) => `  q${i}: requests(${use}, last: ${i + 1}) @include(if: $withPanels) @skip(if: $compact) {
    totalCount
    nodes { id number title status priority dueAt customer(reason: "audit", trace: ${i % 2 === 0}, weight: ${i}.${i}5e-${i % 4}) { id name } }
    pageInfo { hasNextPage endCursor startCursor hasPreviousPage }
  }`);
  const literals = Array.from({ length: 20 }, (_, i) => `  m${i}: metrics(
    from: "2026-${String(1 + (i % 12)).padStart(2, '0')}-01T00:00:00Z"
    to: "2026-${String(1 + (i % 12)).padStart(2, '0')}-28T23:59:59Z"
    groupBy: [TEAM, CHANNEL, PRIORITY]
    where: { team: { in: ["Service desk", "Field services", "Identity ${i}"] }, channel: { nin: [VIDEO, MEETING] }, weight: { gt: ${i}.5, lte: ${i * 3}e2 }, tags: { some: { eq: "tag-${i}" } } }
    buckets: [${Array.from({ length: 12 }, (_, j) => j * 7 + i).join(', ')}]
    thresholds: { warn: 0.${80 + (i % 10)}, alert: 0.${60 + (i % 10)}, nested: { deeper: { deepest: [{ a: 1, b: [true, false, null] }, { a: 2, b: [] }] } } }
  ) { metSince warnedBeforeDeadline timeToFirstResponse channelFit contactConsistency }`);
  out('dashboard-arguments', `# A dashboard query with many variables (with defaults), filter and order objects, lists and directives (generated).
query ArgumentHeavyDashboard(
  ${variables.join('\n  ')}
  $withPanels: Boolean = true
  $compact: Boolean! = false
) {
${fields.join('\n')}
${literals.join('\n')}
}
`);
}

{
  const paragraph = (i) => `Ticket ${i}: the SEC filing is due Friday and the VPN drops every \\"few\\" minutes \\\\ see C:\\\\logs\\\\vpn-${i}.txt; café, naïve, Ελληνικά, 日本語, emoji \\u00e9 \\u{1F600} tab\\there newline\\nnext line.`;
  const longString = (i, count) => Array.from({ length: count }, (_, j) => paragraph(i * 100 + j)).join(' ');
  const block = (i) => `"""
    Incident review ${i}
      - What went well: the "war room" met within 15 minutes; \\"""escaped triple quotes\\""" stay text.
      - What went wrong: ${'the certificate expired on the load balancer; '.repeat(8)}
      - Do differently: rotate certificates ${i} days before expiry, and page the owner.

    ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore. '.repeat(6)}
  """`;
  const mutations = Array.from({ length: 12 }, (_, i) => `  r${i}: recordRetrospective(input: {
    requestId: "UmVxdWVzdDo${i}"
    wentWell: ${block(i)}
    wentWrong: "${longString(i, 6)}"
    doDifferently: ${block(i + 100)}
    customerView: "${longString(i + 50, 4)}"
    actionItems: [{ description: "${longString(i + 70, 2)}" }, { description: ${block(i + 200)} }]
  }) { retrospective { id } errors { code message field } }`);
  out('dashboard-strings', `# A batch of retrospectives with long string literals (escapes, Unicode) and block strings (generated).
mutation RecordRetrospectives {
${mutations.join('\n')}
}
`);
}
