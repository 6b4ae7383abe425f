using System.Net.Http.Headers;
using System.Text;

namespace GraphApi.Connectors;

/// <summary>A request to a vendor's REST API that answers JSON and takes HTTP basic authentication, as ServiceNow's Table API and Jira Cloud's (email and API token) do.</summary>
public static class BasicAuthJsonRequest
{
    /// <summary>A request for <paramref name="address"/> accepting JSON, authenticated as <paramref name="user"/> with <paramref name="secret"/>.</summary>
    public static HttpRequestMessage Create(HttpMethod method, Uri address, HttpContent? content, string user, string secret)
    {
        var request = new HttpRequestMessage(method, address) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{secret}")));
        return request;
    }
}
