using System.Net;
using System.Net.Sockets;

namespace GraphApi.Integrations.Webhooks;

/// <summary>Which receivers may be called: absolute http(s) URLs, and loopback ones only with <see cref="WebhookOptions.AllowLoopbackTargets"/>.</summary>
public static class WebhookTarget
{
    public const int MaxUrlLength = 2_000;

    /// <summary>Why <paramref name="url"/> may not be a receiver, or null when it may.</summary>
    public static string? Problem(string url, bool allowLoopback)
    {
        if (url.Length > MaxUrlLength)
        {
            return $"url must be at most {MaxUrlLength} characters long.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "url must be an absolute http or https URL.";
        }

        if (uri.UserInfo.Length > 0)
        {
            return "url must not carry a user name or password: deliveries are authenticated by their signature.";
        }

        if (!allowLoopback && IsLoopbackHost(uri))
        {
            return "url points at this machine (loopback), which is refused unless Webhooks:AllowLoopbackTargets is true.";
        }

        return null;
    }

    /// <summary>Whether an address is this machine's: loopback, unspecified (0.0.0.0, ::), or IPv4-mapped loopback.</summary>
    public static bool IsLoopback(IPAddress address) =>
        IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)
        || (address.IsIPv4MappedToIPv6 && IsLoopback(address.MapToIPv4()));

    /// <summary>
    /// Connects as <see cref="SocketsHttpHandler.ConnectCallback"/> does, but refuses loopback addresses unless allowed, checked
    /// on the addresses DNS returns: a public name that resolves to 127.0.0.1 is refused too.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
        var allowed = allowLoopback ? addresses : addresses.Where(a => !IsLoopback(a)).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(addresses.Length == 0
                ? $"{context.DnsEndPoint.Host} has no address."
                : $"{context.DnsEndPoint.Host} resolves to a loopback address, refused unless Webhooks:AllowLoopbackTargets is true.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback
        || uri.Host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(uri.DnsSafeHost, out var address) && IsLoopback(address));
}
