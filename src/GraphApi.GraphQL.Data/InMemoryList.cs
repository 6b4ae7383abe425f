using System.Linq.Expressions;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// Filters and sorts a list that is already in memory (its parent was not projected) with the same expressions
/// the SQL path uses, compiled once per request and selection rather than once per parent object.
/// </summary>
internal static class InMemoryList
{
    private const string CacheKey = "GraphApi.GraphQL.Data.InMemoryList";

    /// <summary>The elements <paramref name="where"/> keeps.</summary>
    public static List<T> Filter<T>(IEnumerable<T> list, IResolverContext context, ObjectType nodeType, IReadOnlyDictionary<string, object?> where) =>
        [.. list.Where(Compiled(context, "where", () => (Func<T, bool>)Filtering.Predicate(typeof(T), nodeType, where).Compile()))];

    /// <summary>The elements in <paramref name="order"/>, then by <c>Id</c>; by <c>Id</c> alone when <paramref name="order"/> is null.</summary>
    public static List<T> Sort<T>(IEnumerable<T> list, IResolverContext context, IEnumerable<IReadOnlyDictionary<string, object?>>? order)
    {
        var sort = Compiled(context, order is null ? "id" : "order", () =>
        {
            var keys = order is null ? [] : Sorting.Keys(typeof(T), order);
            Sorting.AddTieBreaker(typeof(T), keys);
            var source = Expression.Parameter(typeof(IEnumerable<T>), "source");
            return Expression.Lambda<Func<IEnumerable<T>, IEnumerable<T>>>(Sorting.Order(source, typeof(T), keys, reverse: false, inMemory: true), source).Compile();
        });
        return [.. sort(list)];
    }

    // The arguments of one selection are the same for every parent in a request, so its delegate is too.
    private static TDelegate Compiled<TDelegate>(IResolverContext context, string kind, Func<TDelegate> compile)
        where TDelegate : Delegate
    {
        lock (context.ContextData)
        {
            if (context.ContextData.TryGetValue(CacheKey, out var value) && value is Dictionary<(object, string, Type), Delegate> existing)
            {
                if (existing.TryGetValue((context.FieldNodes[0], kind, typeof(TDelegate)), out var cached))
                {
                    return (TDelegate)cached;
                }
            }
            else
            {
                context.ContextData[CacheKey] = existing = [];
            }

            var compiled = compile();
            existing[(context.FieldNodes[0], kind, typeof(TDelegate))] = compiled;
            return compiled;
        }
    }
}
