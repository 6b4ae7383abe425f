using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.GraphQL.Types.Scalars;

namespace GraphApi.GraphQL.Tests.Types.CodeFirst;

public sealed class CodeFirstSchemaBuilderTests
{
    private static readonly Schema Schema = new CodeFirstSchemaBuilder()
        .AddQueryType<Query>()
        .AddMutationType<Mutation>()
        .AddSubscriptionType<Subscription>()
        .AddType<Customer>()
        .AddService<TicketStore>()
        .Build();

    private static FieldDefinition Field(string type, string field) =>
        ((IComplexOutputType)Schema.GetType(type)!).Fields.Find(field) ?? throw new Xunit.Sdk.XunitException($"{type}.{field} is missing");

    [Fact]
    public void Root_types_are_named_after_their_operation()
    {
        Assert.Equal("Query", Schema.QueryType.Name);
        Assert.Equal("Mutation", Schema.MutationType!.Name);
        Assert.Equal("Subscription", Schema.SubscriptionType!.Name);
    }

    [Fact]
    public void Methods_and_properties_become_camel_case_fields_without_get_and_async()
    {
        Assert.Equal(["tickets", "ticket", "count", "big", "node", "search"], Schema.QueryType.Fields.Select(f => f.Name));
        Assert.Equal(
            ["id", "title", "description", "status", "tags", "createdAt", "priority", "label", "aliases", "summary"],
            ((ObjectType)Schema.GetType("Ticket")!).Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("Ticket", "id", "ID!")]
    [InlineData("Ticket", "title", "String!")]
    [InlineData("Ticket", "description", "String")]
    [InlineData("Ticket", "status", "TicketStatus!")]
    [InlineData("Ticket", "tags", "[String!]!")]
    [InlineData("Ticket", "createdAt", "DateTime!")]
    [InlineData("Ticket", "priority", "Int")]
    [InlineData("Ticket", "aliases", "[String]!")]
    [InlineData("Ticket", "summary", "String!")]
    [InlineData("Query", "tickets", "[Ticket!]!")]
    [InlineData("Query", "ticket", "Ticket")]
    [InlineData("Query", "count", "Int!")]
    [InlineData("Query", "big", "Long!")]
    [InlineData("Query", "node", "INode")]
    [InlineData("Query", "search", "[ISearchResult!]!")]
    [InlineData("Subscription", "ticketChanged", "Ticket!")]
    public void Types_follow_nullability_annotations_lists_and_tasks(string type, string field, string expected) =>
        Assert.Equal(expected, Field(type, field).Type.ToString());

    [Fact]
    public void Arguments_exclude_services_tokens_and_take_csharp_defaults()
    {
        var tickets = Field("Query", "tickets");
        var filter = Assert.Single(tickets.Arguments);
        Assert.Equal("filter: TicketFilterInput", filter.ToString());
        Assert.IsType<NullValueNode>(filter.DefaultValue);

        var summary = Field("Ticket", "summary");
        var maxLength = Assert.Single(summary.Arguments);
        Assert.Equal("maxLength: Int!", maxLength.ToString());
        Assert.Equal("10", Assert.IsType<IntValueNode>(maxLength.DefaultValue).Value);

        Assert.Equal("5000000000", Assert.IsType<IntValueNode>(Field("Query", "big").Arguments[0].DefaultValue).Value);
        Assert.Equal("statuses: [TicketStatus!]!", Field("Query", "count").Arguments[0].ToString());
        Assert.Equal("id: ID!", Field("Query", "node").Arguments.Single().ToString());
    }

    [Fact]
    public void Enums_become_upper_snake_values_with_descriptions_deprecations_and_ignores()
    {
        var status = Assert.IsType<EnumType>(Schema.GetType("TicketStatus"));
        Assert.Equal(["NEW", "IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED", "CLOSED"], status.Values.Select(v => v.Name));
        Assert.Equal(TicketStatus.WaitingOnCustomer, status.Find("WAITING_ON_CUSTOMER")!.Value);
        Assert.Equal("Done.", status.Find("RESOLVED")!.Description);
        Assert.Equal("Use RESOLVED.", status.Find("CLOSED")!.DeprecationReason);
    }

    [Fact]
    public void Attributes_set_descriptions_deprecation_and_ignore_members()
    {
        var ticket = (ObjectType)Schema.GetType("Ticket")!;
        Assert.Equal("A customer request.", ticket.Description);
        Assert.Null(ticket.Fields.Find("secret"));
        Assert.Equal("Use tags.", ticket.Fields.Find("label")!.DeprecationReason);
    }

    [Fact]
    public void Interfaces_and_unions_come_from_marked_csharp_interfaces()
    {
        var node = Assert.IsType<InterfaceType>(Schema.GetType("INode"));
        Assert.Equal("id: ID!", Assert.Single(node.Fields).ToString());
        Assert.Equal(["Ticket", "Customer"], Schema.GetPossibleTypes(node).Select(t => t.Name).Order().Reverse());

        var union = Assert.IsType<UnionType>(Schema.GetType("ISearchResult"));
        Assert.Equal(["Customer", "Ticket"], union.Types.Select(t => t.Name).Order());
        Assert.Same(Schema.GetType("Customer"), union.ResolveType!(new Customer("c", "Ada"), null!));
    }

    [Fact]
    public void Input_classes_become_input_types_named_with_input_suffix_and_oneof()
    {
        var filter = Assert.IsType<InputObjectType>(Schema.GetType("TicketFilterInput"));
        Assert.Equal(["status: TicketStatus", "titleContains: String"], filter.Fields.Select(f => f.ToString()));

        var key = Assert.IsType<InputObjectType>(Schema.GetType("TicketKeyInput"));
        Assert.True(key.IsOneOf);
        Assert.Equal(["id: ID", "title: String"], key.Fields.Select(f => f.ToString()));

        var create = Assert.IsType<InputObjectType>(Schema.GetType("CreateTicketInput"));
        Assert.Equal(["title: String!", "tags: [String!]!", "status: TicketStatus!"], create.Fields.Select(f => f.ToString()));
    }

    [Fact]
    public void Input_objects_are_built_through_record_constructors_and_setters()
    {
        var filter = (InputObjectType)Schema.GetType("TicketFilterInput")!;
        var built = Assert.IsType<TicketFilter>(filter.CreateRuntimeValue!(new Dictionary<string, object?> { ["status"] = TicketStatus.New }));
        Assert.Equal(new TicketFilter(TicketStatus.New), built);

        var create = (InputObjectType)Schema.GetType("CreateTicketInput")!;
        var input = Assert.IsType<CreateTicketInput>(create.CreateRuntimeValue!(new Dictionary<string, object?>
        {
            ["title"] = "Printer",
            ["tags"] = new List<object?> { "hw", "floor-2" },
        }));
        Assert.Equal("Printer", input.Title);
        Assert.Equal(["hw", "floor-2"], input.Tags);
        Assert.Equal(TicketStatus.New, input.Status);
    }

    [Fact]
    public async Task Resolvers_read_properties_and_call_sync_and_async_methods()
    {
        var ticket = new TicketStore().Tickets[0];
        Assert.Equal("VPN drops every hour", await FakeResolverContext.Resolve(Schema, "Ticket", "title", ticket));
        Assert.Equal(TicketStatus.InProgress, await FakeResolverContext.Resolve(Schema, "Ticket", "status", ticket));
        Assert.Equal("VPN drops ", await FakeResolverContext.Resolve(Schema, "Ticket", "summary", ticket, new() { ["maxLength"] = 10 }));
        Assert.Equal(new[] { "VPN drops every hour", null }, (IEnumerable<string?>)(await FakeResolverContext.Resolve(Schema, "Ticket", "aliases", ticket))!);
    }

    [Fact]
    public async Task Resolvers_take_services_converted_arguments_and_input_objects()
    {
        var services = new DictionaryServiceProvider(new TicketStore());

        var count = await FakeResolverContext.Resolve(Schema, "Query", "count", arguments: new() { ["statuses"] = new List<object?> { TicketStatus.New, TicketStatus.InProgress } }, services: services);
        Assert.Equal(2, count);

        var filtered = await FakeResolverContext.Resolve(Schema, "Query", "tickets", arguments: new() { ["filter"] = new TicketFilter(TicketStatus.New) }, services: services);
        Assert.Equal("2", Assert.Single((IReadOnlyList<Ticket>)filtered!).Id);

        Assert.Equal(7L, await FakeResolverContext.Resolve(Schema, "Query", "big", arguments: new() { ["value"] = 7L }, services: services));
    }

    [Fact]
    public async Task A_missing_service_fails_with_a_message_naming_the_field()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => FakeResolverContext.Resolve(Schema, "Query", "tickets"));
        Assert.Equal("No service of type TicketStore is registered for field \"Query.tickets\".", error.Message);
    }

    [Fact]
    public async Task Subscription_methods_become_source_streams_whose_events_are_the_field_value()
    {
        var field = Field("Subscription", "ticketChanged");
        var context = new FakeResolverContext(Schema, Schema.SubscriptionType!, field) { Services = new DictionaryServiceProvider(new TicketStore()) };
        var events = new List<string>();
        await foreach (var item in await field.Subscribe!(context))
        {
            var resolved = await field.Resolver!(new FakeResolverContext(Schema, Schema.SubscriptionType!, field) { Parent = item });
            events.Add(((Ticket)resolved!).Id);
        }

        Assert.Equal(["1", "2"], events);
    }

    [Fact]
    public void Clr_scalars_map_to_graphql_scalars()
    {
        Assert.Same(DateTimeType.Instance, Schema.GetType("DateTime"));
        Assert.Same(LongType.Instance, Schema.GetType("Long"));
        Assert.Equal(DateTimeType.SpecificationUrl, DateTimeType.Instance.SpecifiedByUrl);
    }

    [Fact]
    public void Building_without_a_query_type_says_what_to_do()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new CodeFirstSchemaBuilder().Build());
        Assert.Equal("A schema needs a query type: call AddQueryType<T>() first.", error.Message);
    }
}
