using System.Linq.Expressions;

namespace GraphApi.GraphQL.Data;

/// <summary>Wraps request values so that EF Core sends them as SQL parameters rather than literals.</summary>
internal static class QueryParameter
{
    /// <summary>
    /// A read of <paramref name="value"/> through a captured box: EF Core turns it into a parameter, so one
    /// compiled query serves every value instead of one cache entry per literal.
    /// </summary>
    public static Expression Create(object? value, Type type)
    {
        var boxType = typeof(Box<>).MakeGenericType(type);
        var box = Activator.CreateInstance(boxType, value)!;
        return Expression.Field(Expression.Constant(box), boxType.GetField(nameof(Box<int>.Value))!);
    }

    private sealed class Box<TValue>(TValue value)
    {
        public readonly TValue Value = value;
    }
}
