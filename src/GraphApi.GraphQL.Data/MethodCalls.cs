using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// <see cref="Expression.Call(Type, string, Type[], Expression[])"/> with the method found once: that overload looks the
/// method up among all of <see cref="Queryable"/>'s or <see cref="Enumerable"/>'s methods (a new array each time), and
/// projection, filtering and sorting build dozens of such calls per request.
/// </summary>
internal static class MethodCalls
{
    private static readonly ConcurrentDictionary<(Type Owner, string Name, Type TypeArgument, Type? SecondTypeArgument, Type Argument, Type? Second, Type? Third), MethodInfo> Methods = new();

    /// <summary>A call to the static generic method <paramref name="name"/> of <paramref name="owner"/> that accepts these arguments.</summary>
    public static MethodCallExpression Call(Type owner, string name, Type[] typeArguments, params Expression[] arguments)
    {
        if (typeArguments.Length > 2 || arguments.Length > 3)
        {
            throw new ArgumentException("At most two type arguments and three arguments.", nameof(arguments));
        }

        // Every call built here has one or two type arguments and one to three arguments; the key holds them all,
        // as overloads differ by the arguments' types (Select with Func<T, R> or Func<T, int, R>).
        var key = (owner, name, typeArguments[0], typeArguments.ElementAtOrDefault(1), arguments[0].Type, arguments.ElementAtOrDefault(1)?.Type, arguments.ElementAtOrDefault(2)?.Type);
        if (Methods.TryGetValue(key, out var method))
        {
            return Expression.Call(method, arguments);
        }

        var call = Expression.Call(owner, name, typeArguments, arguments);
        Methods.TryAdd(key, call.Method);
        return call;
    }
}
