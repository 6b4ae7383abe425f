using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Integrations.Webhooks;

/// <summary>
/// How deliveries are signed: <c>X-GraphApi-Signature: sha256=&lt;hex HMAC-SHA256 of "timestamp.body"&gt;</c>, keyed with the
/// subscription's secret (its UTF-8 bytes), where timestamp is <c>X-GraphApi-Timestamp</c> (Unix seconds).
/// </summary>
public static class WebhookSignature
{
    public const string EventIdHeader = "X-GraphApi-Event-Id";
    public const string TimestampHeader = "X-GraphApi-Timestamp";
    public const string SignatureHeader = "X-GraphApi-Signature";

    /// <summary>How old a delivery's timestamp may be before a receiver should reject it as a replay.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const string Prefix = "sha256=";

    /// <summary>The <c>X-GraphApi-Signature</c> value of <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body) =>
        SignContent(secret, TimestampedContent(timestamp.ToString(CultureInfo.InvariantCulture), body));

    /// <summary><c>sha256=&lt;lowercase hex HMAC-SHA256 of content&gt;</c>: the form of ours and of Jira's <c>X-Hub-Signature</c>.</summary>
    public static string SignContent(string secret, ReadOnlySpan<byte> content) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), content));

    /// <summary>Whether <paramref name="header"/> is <c>sha256=&lt;hex&gt;</c> of <paramref name="content"/> (either case), compared in constant time.</summary>
    public static bool VerifyContent(string secret, ReadOnlySpan<byte> content, string? header)
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

    /// <summary>What a <c>timestamp.body</c> signature covers, with the timestamp as it was sent.</summary>
    public static byte[] TimestampedContent(string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return content;
    }

    /// <summary>
    /// What a receiver checks: the signature matches (compared in constant time) and the timestamp is within
    /// <see cref="Tolerance"/> of <paramref name="now"/>.
    /// </summary>
    public static bool Verify(string secret, string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp)
            || signatureHeader is null
            || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > Tolerance.TotalSeconds)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(signatureHeader));
    }

    /// <summary>A new random secret: <c>whsec_</c> and 32 random bytes, base64url.</summary>
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
