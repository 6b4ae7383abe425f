using GraphApi.Persistence;
using GraphApi.Security;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Api;

/// <summary>Collects a mutation's input errors, so the caller hears of every one at once and nothing is written while any remain.</summary>
public sealed class InputCheck
{
    /// <summary>The longest text accepted in a short field (titles, names).</summary>
    public const int ShortTextLength = 200;

    /// <summary>The longest text accepted in a long field (descriptions, summaries).</summary>
    public const int LongTextLength = 10_000;

    private readonly List<MutationError> _errors = [];

    /// <summary>The errors found so far.</summary>
    public IReadOnlyList<MutationError> Errors => _errors;

    /// <summary>Whether any error was found.</summary>
    public bool Failed => _errors.Count > 0;

    /// <summary>Records an error.</summary>
    public void Fail(string code, string message, string? field = null) => _errors.Add(new MutationError(code, message, field));

    /// <summary>The key of a required global id of <paramref name="typeName"/>; 0 (and an <c>INVALID_ID</c> error) when it is not one.</summary>
    public int Id(string? value, string typeName, string field)
    {
        if (GlobalId.TryDecode(value, typeName, out var id))
        {
            return id;
        }

        Fail(ApiErrorCodes.InvalidId, $"\"{value}\" is not a {typeName} id.", field);
        return 0;
    }

    /// <summary>The key of an optional global id, null when absent.</summary>
    public int? OptionalId(string? value, string typeName, string field) => value is null ? null : Id(value, typeName, field);

    /// <summary>Checks that a required text is present and not too long; returns it trimmed.</summary>
    public string Text(string? value, string field, int maxLength = ShortTextLength)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            Fail(ApiErrorCodes.InvalidInput, $"{Label(field)} must not be empty.", field);
        }

        return OptionalText(trimmed, field, maxLength) ?? string.Empty;
    }

    /// <summary>Checks that an optional text is not too long; returns it trimmed, or null when absent or blank.</summary>
    public string? OptionalText(string? value, string field, int maxLength = LongTextLength)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > maxLength)
        {
            Fail(ApiErrorCodes.InvalidInput, $"{Label(field)} must be at most {maxLength} characters long.", field);
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Checks that an optional URL is absolute http(s).</summary>
    public string? Url(string? value, string field)
    {
        var text = OptionalText(value, field, 2_000);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            Fail(ApiErrorCodes.InvalidInput, $"{Label(field)} must be an absolute http or https URL.", field);
        }

        return text;
    }

    /// <summary>Adds <c>NOT_FOUND</c> unless a <typeparamref name="T"/> with key <paramref name="id"/> exists and the caller may see it.</summary>
    public async Task Exists<T>(GraphApiDbContext db, int? id, string field, CancellationToken cancellationToken) where T : class
    {
        if (id is > 0 && !await CustomerVisibility.Visible<T>(db).AnyAsync(entity => EF.Property<int>(entity, "Id") == id, cancellationToken))
        {
            NotFound<T>(field);
        }
    }

    /// <summary>
    /// The <typeparamref name="T"/> of <paramref name="rows"/> with key <paramref name="id"/>, or null with <c>NOT_FOUND</c>;
    /// null without a look-up when the id is absent or was not a valid id (that error is already recorded).
    /// </summary>
    public async Task<T?> FindAsync<T>(IQueryable<T> rows, int? id, string field, CancellationToken cancellationToken) where T : class
    {
        if (id is not > 0)
        {
            return null;
        }

        var found = await rows.FirstOrDefaultAsync(entity => EF.Property<int>(entity, "Id") == id, cancellationToken);
        if (found is null)
        {
            NotFound<T>(field);
        }

        return found;
    }

    private void NotFound<T>(string field) => Fail(ApiErrorCodes.NotFound, $"No {typeof(T).Name} has the id given in {field}.", field);

    private static string Label(string field) => field[(field.LastIndexOf('.') + 1)..];
}
