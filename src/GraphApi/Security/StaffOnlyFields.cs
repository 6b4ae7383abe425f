using System.Collections;
using System.Collections.Concurrent;
using GraphApi.GraphQL;
using GraphApi.GraphQL.Types;

namespace GraphApi.Security;

/// <summary>
/// The fields marked <see cref="StaffOnlyAttribute"/>, and the guard that refuses a customer key's <c>where</c> or
/// <c>order</c> naming one of them (at any depth, as in <c>requests(where: { retrospectives: { some: { itPerspective: ... } } })</c>):
/// filtering on an internal field would reveal it as surely as reading it.
/// </summary>
public static class StaffOnlyFields
{
    private static readonly ConcurrentDictionary<(string Type, string Field), bool> Fields = new();

    /// <summary>Records that <paramref name="field"/> of <paramref name="typeName"/> is internal to IT.</summary>
    public static void Register(string typeName, string field) => Fields[(typeName, field)] = true;

    /// <summary>Whether <paramref name="field"/> of <paramref name="typeName"/> is internal to IT.</summary>
    public static bool Contains(string typeName, string field) => Fields.ContainsKey((typeName, field));

    /// <summary>Wraps every field of <paramref name="schema"/> taking <c>where</c> or <c>order</c> so a customer key cannot filter or sort on an internal field.</summary>
    public static void GuardArguments(Schema schema)
    {
        var internalInputs = new Dictionary<(string Input, string Field), string>();
        foreach (var (type, field) in Fields.Keys)
        {
            internalInputs[(type + "FilterInput", field)] = $"{type}.{field}";
            internalInputs[(type + "SortInput", field)] = $"{type}.{field}";
        }

        foreach (var type in schema.Types.Values.OfType<ObjectType>())
        {
            foreach (var field in type.Fields)
            {
                var arguments = field.Arguments.Where(a => a.Name is "where" or "order").ToList();
                if (arguments.Count == 0 || field.Resolver is not { } inner)
                {
                    continue;
                }

                field.Resolver = context =>
                {
                    if (context.Services.GetService(typeof(Caller)) is Caller { Role: ApiKeyRole.Customer })
                    {
                        foreach (var argument in arguments)
                        {
                            if (Find(context.Arguments.GetValueOrDefault(argument.Name), argument.Type, internalInputs) is { } name)
                            {
                                return ValueTask.FromException<object?>(new GraphQLException(
                                    $"A customer key may not filter or sort on {name}: it is internal to IT.", SecurityErrorCodes.NotAuthorized));
                            }
                        }
                    }

                    return inner(context);
                };
            }
        }
    }

    /// <summary>The first internal field <paramref name="value"/> names, as <c>Type.field</c>, or null.</summary>
    private static string? Find(object? value, GraphQLType type, Dictionary<(string Input, string Field), string> internalInputs)
    {
        switch (type.Nullable)
        {
            case ListType list when value is IEnumerable items and not string:
                foreach (var item in items)
                {
                    if (Find(item, list.OfType, internalInputs) is { } name)
                    {
                        return name;
                    }
                }

                return null;
            case InputObjectType input when value is IReadOnlyDictionary<string, object?> fields:
                foreach (var (key, nested) in fields)
                {
                    if (internalInputs.TryGetValue((input.Name, key), out var internalField))
                    {
                        return internalField;
                    }

                    if (input.Fields.Find(key) is { } definition && Find(nested, definition.Type, internalInputs) is { } name)
                    {
                        return name;
                    }
                }

                return null;
            default:
                return null;
        }
    }
}
