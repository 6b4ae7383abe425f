using GraphApi.Security;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Api;

/// <summary>Queries are single statements by configuration, not by EF Core's default: a clean start and its first queries log no warning.</summary>
public class QuerySplittingTests(LoggedApiFactory api) : IClassFixture<LoggedApiFactory>
{
    private const string Nested = """
        {
          requests(first: 20) {
            nodes {
              number
              interactions(first: 5) { nodes { summary participants { role staffMember { name } } } }
              expectations { status replacedBy { status } }
              retrospectives(first: 2) { nodes { wentWell actionItems { text } participants { staffMember { name } } } }
              externalReferences { externalId }
            }
          }
        }
        """;

    [ApiFact]
    public async Task A_clean_start_and_nested_queries_log_no_warning_and_stay_one_statement()
    {
        var key = await api.KeyAsync(ApiKeyRole.Admin);
        (await api.GraphQLAsync(key, "{ customers(first: 1) { nodes { id } } }")).Ok();
        api.Logs.Clear();

        (await api.GraphQLAsync(key, Nested)).Ok();
        // The event feed and the webhook dispatcher poll their tables on their own meanwhile; those reads are not the query's.
        var commands = api.Logs.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.EventId.Name?.EndsWith("CommandExecuted", StringComparison.Ordinal) == true
            && !e.Message.Contains("FROM \"Events\"", StringComparison.Ordinal) && !e.Message.Contains("\"Webhook", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        (await api.GraphQLAsync(key, $$"""{ request(id: "{{ApiFactory.Id("Request", 3)}}") { interactions(first: 3) { nodes { id } } expectations { id } retrospectives(first: 1) { nodes { id } } } }""")).Ok();
        (await api.GraphQLAsync(key, "{ events(first: 5) { nodes { request { interactions(first: 2) { nodes { id } } expectations { id } } } } }")).Ok();

        Assert.True(commands.Count == 1, string.Join("\n----\n", commands));
        var warnings = api.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category} {e.EventId.Name}: {e.Message}").ToList();
        Assert.Empty(warnings);
    }
}
