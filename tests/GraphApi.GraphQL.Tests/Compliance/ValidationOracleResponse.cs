namespace GraphApi.GraphQL.Tests.Compliance;

/// <summary>What oracles/validation.mjs answers: the schema and every case with graphql-js's errors.</summary>
public sealed record ValidationOracleResponse(string GraphqlVersion, string Schema, IReadOnlyList<ValidationCase> Documents);

/// <summary>One operation of the validation corpus and what graphql-js's <c>validate</c> said of it.</summary>
public sealed record ValidationCase(string Name, string Source, IReadOnlyList<OracleError> Errors);
