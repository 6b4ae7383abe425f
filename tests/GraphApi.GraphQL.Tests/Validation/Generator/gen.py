import json, sys, collections
o = json.load(open('out.json'))
by = collections.OrderedDict()
for c in o:
    by.setdefault(c['rule'], []).append(c)
def cs(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
def raw(doc):
    # C# raw string literal; content lines kept as is
    q = '"""'
    while q in doc: q += '"'
    lines = doc.split('\n')
    body = '\n'.join(lines)
    return q + body + q if '\n' not in doc else None
schemas = {'harness': 'ValidationHarness.TestSchema', 'directives': 'ValidationHarness.DirectiveSchema', 'subscription': 'ValidationHarness.SubscriptionSchema', 'box': 'ValidationHarness.BoxSchema'}
for rule, cases in by.items():
    isall = rule == 'all'
    out = []
    if any(c['schema'] == 'sdl' for c in cases):
        out.append('using GraphApi.GraphQL.Types;')
    out.append('using GraphApi.GraphQL.Validation.Rules;')
    out.append('using static GraphApi.GraphQL.Tests.Validation.ValidationHarness;')
    out.append('')
    out.append('namespace GraphApi.GraphQL.Tests.Validation.Rules;')
    out.append('')
    if isall:
        out.append('// Whole documents against all specified rules; expectations are graphql-js 16.15 validate()\'s own output, order included.')
        out.append('public class DocumentValidatorTests')
        out.append('{')
    else:
        out.append('// Ported from graphql-js 16 src/validation/__tests__/%s-test.ts; expectations are graphql-js 16.15\'s own output.' % rule)
        out.append('public class %sTests' % rule)
        out.append('{')
        out.append('    private static readonly %s Rule = new();' % rule)
    seen = set()
    for c in cases:
        name = c['name']
        assert name not in seen, name
        seen.add(name)
        out.append('')
        out.append('    [Fact]')
        out.append('    public void %s()' % name)
        out.append('    {')
        errs = c['errors']
        doc = c['doc']
        # Use a verbatim string so line/column positions in the document stay exact.
        lit = '@"' + doc.replace('"', '""') + '"'
        schemaExpr = 'SchemaBuilder.FromSdl(@"' + (c.get('sdl') or '').replace('"', '""') + '")' if c['schema'] == 'sdl' else schemas.get(c['schema'])
        args = ['Rule' if c['schema'] == 'harness' else schemaExpr + ', Rule']
        if isall:
            args = ['SpecifiedRules.All' if c['schema'] == 'harness' else schemas[c['schema']] + ', SpecifiedRules.All']
        fn = 'ExpectErrors' if c['schema'] == 'harness' else 'ExpectErrorsWithSchema'
        if c['schema'] == 'harness' and not errs:
            fn = 'ExpectValid'
        lines = ['        %s(' % fn, '            %s,' % args[0], '            %s%s' % (lit, ',' if errs else ');')]
        for i, e in enumerate(errs):
            locs = ', '.join('(%d, %d)' % (l[0], l[1]) for l in e['locations'])
            lines.append('            Error(%s%s)%s' % (cs(e['message']), ', ' + locs if locs else '', ',' if i < len(errs) - 1 else ');'))
        out.extend(lines)
        out.append('    }')
    out.append('}')
    if isall:
        out[0] = 'using GraphApi.GraphQL.Validation;'
        out[3] = 'namespace GraphApi.GraphQL.Tests.Validation;'
    out = [l for l in out if l is not None]
    open(sys.argv[1] + ('/../DocumentValidatorTests.cs' if isall else '/%sTests.cs' % rule), 'w').write(('\n'.join(out) + '\n').replace('{\n\n    [Fact]', '{\n    [Fact]'))
print('ok')
