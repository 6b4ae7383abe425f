using System.Net.WebSockets;
using GraphApi.Security;

namespace GraphApi.Tests.Api;

/// <summary>Subscribers alike share each event's execution: every one of them still gets the change as its key may see it.</summary>
public class SharedSubscriptionTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [ApiFact]
    public async Task Subscribers_with_the_same_and_with_different_keys_each_receive_the_change_once()
    {
        var admin = await api.KeyAsync(ApiKeyRole.Admin);
        var staff = await api.KeyAsync(ApiKeyRole.Staff);
        var customer = await api.KeyAsync(ApiKeyRole.Customer, 1);
        var otherCustomer = await api.KeyAsync(ApiKeyRole.Customer, 2);
        var created = await api.GraphQLAsync(admin, $$"""mutation { createRequest(input: { customerId: "{{ApiFactory.Id("Customer", 1)}}", title: "Shared fan-out" }) { request { id } } }""");
        var requestId = created.Ok().Text("data.createRequest.request.id");
        const string query = "subscription ($id: ID, $after: String) { requestStatusChanged(requestId: $id, after: $after) { status request { id title customer { id } } } }";
        var after = await api.HeadCursorAsync();

        var sockets = new List<WebSocket>();
        foreach (var key in new[] { staff, staff, admin, customer, otherCustomer })
        {
            var socket = await GraphQLSocket.OpenAsync(api, key);
            await GraphQLSocket.SendAsync(socket, new { id = "1", type = "subscribe", payload = new { query, variables = new { id = requestId, after } } });
            sockets.Add(socket);
        }

        await api.GraphQLAsync(admin, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: TRIAGED }) { errors { code } } }""");
        await api.GraphQLAsync(admin, $$"""mutation { changeRequestStatus(input: { requestId: "{{requestId}}", status: IN_PROGRESS }) { errors { code } } }""");

        foreach (var socket in sockets.Take(4))
        {
            foreach (var status in new[] { "TRIAGED", "IN_PROGRESS" })
            {
                var change = (await GraphQLSocket.NextPayloadAsync(socket)).Ok().At("data.requestStatusChanged");
                Assert.Equal((status, requestId, "Shared fan-out", ApiFactory.Id("Customer", 1)), (change.Text("status"), change.Text("request.id"), change.Text("request.title"), change.Text("request.customer.id")));
            }
        }

        // The other customer's subscription matches nothing: a ping gets the next answer, not an event.
        await GraphQLSocket.SendAsync(sockets[4], new { type = "ping" });
        Assert.Contains("\"pong\"", await GraphQLSocket.ReceiveAsync(sockets[4]), StringComparison.Ordinal);
        foreach (var socket in sockets)
        {
            socket.Dispose();
        }
    }
}
