using System.Globalization;
using System.Text;
using GraphApi.GraphQL;

namespace GraphApi.Events;

/// <summary>Opaque, ordered event cursors: base64 of <c>event:&lt;sequence&gt;</c>; the same in subscriptions and the <c>events</c> query.</summary>
public static class EventCursor
{
    public const string InvalidCursor = "INVALID_CURSOR";

    public static string Encode(long sequence) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"event:{sequence}")));

    /// <summary>The cursor before every event: reading after it starts from the beginning of the history.</summary>
    public static readonly string Start = Encode(0);

    /// <summary>The sequence after which to read: 0 for no cursor; a malformed cursor fails with <c>INVALID_CURSOR</c>.</summary>
    public static long Decode(string? cursor) => DecodeOptional(cursor) ?? 0;

    /// <summary>The sequence after which to read, or null for no cursor; a malformed cursor fails with <c>INVALID_CURSOR</c>.</summary>
    public static long? DecodeOptional(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("event:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return sequence;
            }
        }
        catch (FormatException)
        {
        }

        throw new GraphQLException($"\"{cursor}\" is not an event cursor. Pass the cursor of an event you received.", InvalidCursor);
    }
}
