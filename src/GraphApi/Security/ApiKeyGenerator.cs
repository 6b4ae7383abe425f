using System.Security.Cryptography;
using System.Text;

namespace GraphApi.Security;

/// <summary>API keys: 32 random bytes, base64url, with a recognisable prefix; only the SHA-256 hash is stored.</summary>
public static class ApiKeyGenerator
{
    public const string Prefix = "gapi_";

    public static string NewKey() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
