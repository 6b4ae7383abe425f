using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphApi.Api;

/// <summary>
/// Global object ids (Relay): base64 of <c>Type:id</c>, so ids are opaque, unique across types, and
/// one type's id is never taken for another's.
/// </summary>
public static class GlobalId
{
    /// <summary>The id of the <paramref name="typeName"/> object with database key <paramref name="id"/>.</summary>
    public static string Encode(string typeName, int id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{typeName}:{id}")));

    /// <summary>Reads an id into its type name and database key; false when it is not a global id.</summary>
    public static bool TryDecode(string? value, out string typeName, out int id)
    {
        typeName = string.Empty;
        id = 0;
        if (string.IsNullOrEmpty(value) || value.Length > 128 || !Base64.IsValid(value))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Convert.FromBase64String(value));
        var colon = text.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Reads an id that must name a <paramref name="typeName"/>; false when it does not.</summary>
    public static bool TryDecode(string? value, string typeName, out int id) =>
        TryDecode(value, out var actual, out id) && actual == typeName;

    /// <summary>Reads an id that must name a <paramref name="typeName"/>, or fails the field with <c>INVALID_ID</c>.</summary>
    public static int Decode(string value, string typeName) => TryDecode(value, typeName, out var id)
        ? id
        : throw new GraphQL.GraphQLException($"\"{value}\" is not a {typeName} id. Use the id field of a {typeName} as the API returns it.", ApiErrorCodes.InvalidId);
}
