// Writes graphql-js 16.15's introspection query, every option on, to bench/documents/introspection-query.graphql.
import { writeFileSync } from 'node:fs';
import { getIntrospectionQuery } from 'graphql';

const query = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});

writeFileSync(new URL('../../../bench/documents/introspection-query.graphql', import.meta.url), query);
