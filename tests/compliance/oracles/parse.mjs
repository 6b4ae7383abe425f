// Parses and prints documents with graphql-js: the oracle for our lexer, parser and printer.
// Reads {"documents":[{"name","source"}]} from stdin; writes {"graphqlVersion","results":[...]} to stdout,
// one result per document, in order: {"name","accepted":true,"printed"} or
// {"name","accepted":false,"message","line","column"}.
import { parse, print, version, GraphQLError } from 'graphql';
import { readStdinJson, writeJson } from './io.mjs';

const request = await readStdinJson();

const results = request.documents.map(({ name, source }) => {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const [location] = error.locations ?? [{ line: 0, column: 0 }];
    return { name, accepted: false, message: error.message, line: location.line, column: location.column };
  }
  return { name, accepted: true, printed: print(document) };
});

writeJson({ graphqlVersion: version, results });
