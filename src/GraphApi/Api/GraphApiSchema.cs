using GraphApi.GraphQL.Data;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Persistence;
using GraphApi.Security;

namespace GraphApi.Api;

/// <summary>The service's GraphQL schema, built once from the domain folders' types and root fields.</summary>
public static class GraphApiSchema
{
    /// <summary>Builds the schema; every root field refuses callers without a valid API key, and every mutation is audited.</summary>
    public static Schema Build()
    {
        var schema = new CodeFirstSchemaBuilder()
            .SetDescription("GraphApi: customer requests, the interactions around them, the expectations IT sets and the retrospectives afterwards.")
            .AddQueryType<Query>()
            .AddMutationType<Mutation>()
            .AddSubscriptionType<Subscription>()
            .AddType<Interactions.Interaction>()
            .AddType<Expectations.Expectation>()
            .AddType<Retrospectives.Retrospective>()
            .AddType<Retrospectives.ActionItem>()
            .AddType<Integrations.ExternalReference>()
            .AddService<MutationContext>()
            .AddService<Events.EventFeed>()
            .AddService<Events.EventEntityLoader>()
            .AddService<DbContextPerResolver<GraphApiDbContext>>()
            .AddService<Caller>()
            .AddService<TimeProvider>()
            .AddService<Integrations.Webhooks.WebhookOptions>()
            .AddService<Integrations.Webhooks.WebhookDispatcher>()
            .Build();
        foreach (var root in new[] { schema.QueryType, schema.MutationType, schema.SubscriptionType })
        {
            foreach (var field in root?.Fields ?? [])
            {
                AuthorizeAttribute.Guard(field, _ => null);
            }
        }

        StaffOnlyFields.GuardArguments(schema);

        foreach (var field in schema.MutationType?.Fields ?? [])
        {
            MutationPipeline.Apply(field);
        }

        return schema;
    }
}
