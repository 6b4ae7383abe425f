using System.Net.Sockets;
using System.Text;

namespace GraphApi.Tests.Security;

/// <summary>HTTP/1.1 over a bare socket, so a request target reaches the server byte for byte (no client normalises it).</summary>
public static class RawHttp
{
    /// <summary>Sends one request with <c>Connection: close</c>; the status, the head and the body (chunks left as sent).</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string method, string target, IEnumerable<string> headers, string? body = null)
    {
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        var request = new StringBuilder($"{method} {target} HTTP/1.1\r\nHost: {server.Host}:{server.Port}\r\nConnection: close\r\n");
        foreach (var header in headers)
        {
            request.Append(header).Append("\r\n");
        }

        var content = body is null ? [] : Encoding.UTF8.GetBytes(body);
        if (body is not null)
        {
            request.Append("Content-Type: application/json\r\nContent-Length: ").Append(content.Length).Append("\r\n");
        }

        request.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.ToString()), timeout.Token);
        await stream.WriteAsync(content, timeout.Token);
        using var received = new MemoryStream();
        await stream.CopyToAsync(received, timeout.Token);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var status = int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        return new RawResponse(status, head, split < 0 ? string.Empty : text[(split + 4)..]);
    }
}
