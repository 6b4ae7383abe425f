using System.Reflection;
using System.Text;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>How C# names become GraphQL names: camelCase members, UPPER_SNAKE enum values, <c>GetX</c>/<c>XAsync</c> trimmed.</summary>
public static class NameConventions
{
    /// <summary>The field name of a property or method: <c>GetRequestsAsync</c> becomes <c>requests</c>.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named)
        {
            return named.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
            {
                name = name[..^5];
            }

            if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
            {
                name = name[3..];
            }
        }

        return CamelCase(name);
    }

    /// <summary>The argument name of a parameter.</summary>
    public static string ArgumentName(ParameterInfo parameter) =>
        parameter.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? CamelCase(parameter.Name!);

    /// <summary>The enum value name of an enum member: <c>WaitingOnCustomer</c> becomes <c>WAITING_ON_CUSTOMER</c>.</summary>
    public static string EnumValueName(FieldInfo member) =>
        member.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? UpperSnakeCase(member.Name);

    /// <summary>The type name of a CLR type: its own name, generic arguments first (<c>Edge&lt;Request&gt;</c> is <c>RequestEdge</c>).</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>(inherit: false) is { } named)
        {
            return named.Name;
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var builder = new StringBuilder();
        foreach (var argument in type.GetGenericArguments())
        {
            builder.Append(TypeName(argument));
        }

        var baseName = type.Name;
        return builder.Append(baseName.AsSpan(0, baseName.IndexOf('`'))).ToString();
    }

    /// <summary><c>RequestNumber</c> to <c>requestNumber</c>, <c>URL</c> to <c>url</c>, <c>IOStream</c> to <c>ioStream</c>.</summary>
    public static string CamelCase(string name)
    {
        if (name.Length == 0 || char.IsLower(name[0]))
        {
            return name;
        }

        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        // A leading acronym is lowered whole, except its last letter when a word follows it.
        var lowered = upper == name.Length || upper == 1 ? upper : upper - 1;
        return string.Concat(name[..lowered].ToLowerInvariant(), name.AsSpan(lowered));
    }

    /// <summary><c>InProgress</c> to <c>IN_PROGRESS</c>, <c>HTTPStatus</c> to <c>HTTP_STATUS</c>.</summary>
    public static string UpperSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var current = name[i];
            if (i > 0 && char.IsUpper(current) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(current));
        }

        return builder.ToString();
    }
}
