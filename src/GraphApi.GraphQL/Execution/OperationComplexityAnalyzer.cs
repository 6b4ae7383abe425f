using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Measures an operation before it runs: how deep its fields nest (through fragments; root fields are
/// depth 1) and its estimated cost — each field's <see cref="FieldDefinition.Cost"/>, with the cost
/// below a list field multiplied by its <c>first</c> or <c>last</c> argument, or by a default size.
/// Introspection fields cost nothing.
/// </summary>
internal sealed class OperationComplexityAnalyzer(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables,
    int defaultListSize)
{
    // A fragment measured once per type: spreading it again (F0 spreads F1 twice, F1 spreads F2 twice, ...) would
    // otherwise measure it 2^n times. Its depth is kept relative to where it is spread.
    private readonly Dictionary<(string Fragment, NamedType Type), (int Depth, long Cost)> _measuredFragments = new();

    /// <summary>Whether a page size came from a variable, so the measure holds for these variables only.</summary>
    public bool ReadVariables { get; private set; }

    public (int Depth, long Cost) Measure(ObjectType rootType, SelectionSetNode selectionSet) =>
        Measure(rootType, selectionSet, 0, []);

    private (int Depth, long Cost) Measure(NamedType parentType, SelectionSetNode selectionSet, int depth, HashSet<string> fragmentPath)
    {
        var maxDepth = depth;
        long cost = 0;
        foreach (var selection in selectionSet.Selections)
        {
            (int Depth, long Cost) measured;
            switch (selection)
            {
                case FieldNode field:
                    measured = MeasureField(parentType, field, depth + 1, fragmentPath);
                    break;
                case InlineFragmentNode inline:
                    measured = Measure(inline.TypeCondition is { } condition ? schema.GetType(condition.Name.Value) ?? parentType : parentType, inline.SelectionSet, depth, fragmentPath);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && fragmentPath.Add(spread.Name.Value):
                    var type = schema.GetType(fragment.TypeCondition.Name.Value) ?? parentType;
                    if (!_measuredFragments.TryGetValue((spread.Name.Value, type), out var relative))
                    {
                        relative = Measure(type, fragment.SelectionSet, 0, fragmentPath);
                        _measuredFragments[(spread.Name.Value, type)] = relative;
                    }

                    measured = (depth + relative.Depth, relative.Cost);
                    fragmentPath.Remove(spread.Name.Value);
                    break;
                default:
                    continue;
            }

            maxDepth = Math.Max(maxDepth, measured.Depth);
            cost = SaturatingAdd(cost, measured.Cost);
        }

        return (maxDepth, cost);
    }

    private (int Depth, long Cost) MeasureField(NamedType parentType, FieldNode node, int depth, HashSet<string> fragmentPath)
    {
        var definition = (parentType as IComplexOutputType)?.Fields.Find(node.Name.Value);
        var isIntrospection = node.Name.Value.StartsWith("__", StringComparison.Ordinal);
        if (node.SelectionSet is null)
        {
            return (depth, isIntrospection ? 0 : definition?.Cost ?? 1);
        }

        var childType = definition?.Type.GetNamedType() ?? parentType;
        if (isIntrospection)
        {
            childType = Introspection.IntrospectionFields.Find(schema, parentType, node.Name.Value)?.Type.GetNamedType() ?? childType;
        }

        var (childDepth, childCost) = Measure(childType, node.SelectionSet, depth, fragmentPath);
        if (isIntrospection)
        {
            return (childDepth, 0);
        }

        var multiplier = definition is not null && IsList(definition.Type) ? ListSize(node) : 1;
        return (childDepth, SaturatingAdd(definition?.Cost ?? 1, SaturatingMultiply(childCost, multiplier)));
    }

    private long ListSize(FieldNode node)
    {
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value is "first" or "last")
            {
                ReadVariables |= argument.Value is VariableNode;
                var size = argument.Value switch
                {
                    IntValueNode literal when long.TryParse(literal.Value, out var value) => value,
                    VariableNode variable when variables.TryGetValue(variable.Name.Value, out var value) && value is int or long => Convert.ToInt64(value),
                    _ => (long?)null,
                };
                if (size is { } given)
                {
                    return Math.Max(given, 0);
                }
            }
        }

        return defaultListSize;
    }

    private static bool IsList(GraphQLType type) => type.Nullable is ListType;

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private static long SaturatingMultiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
