#!/usr/bin/env bash
# graphql-dotnet 8.8.5 on GraphApi's compliance corpora, against graphql-js 16.15 (the reference):
# the parser corpus (tests/compliance/corpus/parser/valid and invalid) and the validation corpus (the hand-written
# cases and the seeded random operations of tests/compliance/oracles/validation.mjs, seed 7, as the test suite runs it).
# Prints, as Markdown, every document on which graphql-dotnet or GraphApi disagrees with graphql-js about accepting it.
# Usage: bench/graphql-dotnet-compliance.sh [seed (default 7)] [random operations (default 450)]
set -euo pipefail
cd "$(dirname "$0")"
seed=${1:-7}
random=${2:-450}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -d ../tests/compliance/node_modules ] || (cd ../tests/compliance && npm ci --no-audit --no-fund --loglevel=error)
[ -d peers/graphql-js/node_modules ] || (cd peers/graphql-js && npm ci --no-audit --no-fund --loglevel=error)
dotnet build -c Release peers/graphql-dotnet -v quiet -nologo >/dev/null
echo "{\"seed\":$seed,\"randomDocuments\":$random}" | node ../tests/compliance/oracles/validation.mjs > "$tmp/validation.json"
COMPLIANCE_CORPUS="$(cd ../tests/compliance/corpus && pwd)" \
  dotnet peers/graphql-dotnet/bin/Release/net10.0/GraphQLDotnetPeer.dll compliance "$tmp/validation.json" peers/graphql-js/validate-documents.mjs
