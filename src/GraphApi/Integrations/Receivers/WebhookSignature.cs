using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Integrations.Receivers;

/// <summary>HMAC-SHA256 signatures as webhook headers carry them: <c>sha256=&lt;lowercase hex&gt;</c>.</summary>
public static class WebhookSignature
{
    private const string Prefix = "sha256=";

    /// <summary>The header value signing <paramref name="content"/> with <paramref name="secret"/>.</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> content) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));

    /// <summary>Whether <paramref name="header"/> is the signature of <paramref name="content"/>, compared in constant time.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> content, string? header)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || header.Length != Prefix.Length + 64)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(Prefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));
    }

    /// <summary>What a <c>timestamp.body</c> signature covers.</summary>
    public static byte[] TimestampedContent(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }
}
