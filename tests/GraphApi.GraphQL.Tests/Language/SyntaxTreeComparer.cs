using System.Collections;
using System.Reflection;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Tests.Language;

/// <summary>
/// Compares two syntax trees structurally: same node types and same property values all the way
/// down, locations ignored. Returns the path of the first difference, or null when equal.
/// </summary>
internal static class SyntaxTreeComparer
{
    public static string? FindDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: {Describe(expected)} != {Describe(actual)}";
        }

        // Lists may be arrays or List<T>; only their items matter.
        if (expected is not IList && expected.GetType() != actual.GetType())
        {
            return $"{path}: {expected.GetType().Name} != {actual.GetType().Name}";
        }

        switch (expected)
        {
            case string or bool or int or Enum:
                return Equals(expected, actual) ? null : $"{path}: {Describe(expected)} != {Describe(actual)}";
            case SyntaxNode:
                foreach (var property in expected.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    if (property.Name == nameof(SyntaxNode.Location) || property.GetIndexParameters().Length > 0)
                    {
                        continue;
                    }

                    var difference = FindDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case IList expectedList:
                if (actual is not IList actualList)
                {
                    return $"{path}: list != {actual.GetType().Name}";
                }

                if (expectedList.Count != actualList.Count)
                {
                    return $"{path}: {expectedList.Count} items != {actualList.Count} items";
                }

                for (var i = 0; i < expectedList.Count; i++)
                {
                    var difference = FindDifference(expectedList[i], actualList[i], $"{path}[{i}]");
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                throw new InvalidOperationException($"{path}: cannot compare {expected.GetType()}");
        }
    }

    public static void AssertEqual(SyntaxNode expected, SyntaxNode actual)
    {
        var difference = FindDifference(expected, actual);
        Assert.True(difference is null, difference);
    }

    private static string Describe(object? value) => value is null ? "null" : $"'{value}'";
}
