using AutoMapper;
using GraphApi.Api;
using GraphApi.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Api;

public sealed class MappingConfigurationTests
{
    private static IMapper Mapper()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddAutoMapper(_ => { }, typeof(GraphApiSchema).Assembly);
        return services.BuildServiceProvider().GetRequiredService<IMapper>();
    }

    [Fact]
    public void Every_input_field_lands_somewhere()
    {
        var mapper = Mapper();

        mapper.ConfigurationProvider.AssertConfigurationIsValid();
        Assert.True(typeof(GraphApiSchema).Assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(InputProfile))) >= 7);
    }

    [Fact]
    public void Update_maps_leave_fields_left_out_as_they_are_and_clear_blank_ones()
    {
        var request = new Request { Number = "REQ-000001", Title = "Old", Description = "Keep", BusinessImpact = "Clear me", Priority = RequestPriority.Low };

        Mapper().Map(new UpdateRequestInput { RequestId = "x", Title = "  New  ", BusinessImpact = "  " }, request);

        Assert.Equal(("New", "Keep", null, RequestPriority.Low), (request.Title, request.Description, request.BusinessImpact, request.Priority));
    }
}
