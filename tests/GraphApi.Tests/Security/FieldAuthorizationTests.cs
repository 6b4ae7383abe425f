using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types.CodeFirst;
using GraphApi.Security;
using GraphApi.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Security;

/// <summary>
/// Behind the endpoint's policy, every field needs an authenticated caller unless it opts out with
/// <see cref="AllowAnonymousAttribute"/>: so an anonymous request that got past the endpoint would still get nothing.
/// </summary>
public class FieldAuthorizationTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [ApiTheory]
    [InlineData("{ __typename }")]
    [InlineData("{ __schema { queryType { name } } }")]
    [InlineData("{ __type(name: \"Request\") { name } }")]
    [InlineData("{ requests(first: 1) { totalCount } }")]
    [InlineData("subscription { events { id } }")]
    public async Task The_service_schema_refuses_every_field_to_an_anonymous_caller(string query)
    {
        await using var scope = api.Services.CreateAsyncScope();
        var executor = api.Services.GetRequiredService<RequestExecutor>();

        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = query, Services = scope.ServiceProvider });

        var refused = Assert.IsType<OperationResult>(result);
        Assert.False(refused.HasData);
        Assert.Equal(SecurityErrorCodes.NotAuthenticated, Assert.Single(refused.Errors!).Code);
    }

    [ApiFact]
    public async Task The_same_operation_runs_for_a_signed_in_caller()
    {
        await using var scope = api.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Caller>().SignIn(new AuthenticatedKey(1, "test", ApiKeyRole.Staff, null));
        var executor = api.Services.GetRequiredService<RequestExecutor>();

        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = "{ __typename }", Services = scope.ServiceProvider });

        Assert.Equal("""{"data":{"__typename":"Query"}}""", result.ToJson());
    }

    [ApiFact]
    public void No_field_of_the_service_schema_is_public()
    {
        var schema = api.Services.GetRequiredService<RequestExecutor>().Schema;

        var publicFields = schema.Types.Values.OfType<GraphApi.GraphQL.Types.IComplexOutputType>().SelectMany(type => type.Fields).Where(AllowAnonymousAttribute.IsSet).Select(field => field.Name);

        Assert.Empty(publicFields);
    }

    [Theory]
    [InlineData("{ version }", true)]
    [InlineData("{ version secret }", false)]
    [InlineData("{ version __typename }", false)]
    [InlineData("{ version ... @include(if: false) { secret } }", false)]
    public async Task A_field_marked_AllowAnonymous_is_the_only_kind_an_anonymous_caller_may_select(string query, bool runs)
    {
        var policy = new OperationAdmissionPolicy(new CallerRateLimiter(new RateLimitOptions()));
        var executor = new RequestExecutor(new CodeFirstSchemaBuilder().AddQueryType<PublicQuery>().Build(), new ExecutionOptions { AdmitOperation = policy.AdmitAsync });
        await using var services = new ServiceCollection().AddScoped<Caller>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();

        var result = await executor.ExecuteOperationAsync(new ExecutionRequest { Query = query, Services = scope.ServiceProvider, RootValue = new PublicQuery() });

        Assert.Equal(runs, result.HasData);
        if (!runs)
        {
            Assert.Equal(SecurityErrorCodes.NotAuthenticated, Assert.Single(result.Errors!).Code);
        }
    }
}
