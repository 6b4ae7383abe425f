using System.Text;
using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.5.2.2 Fragment spreads must not form cycles
/// <summary>No fragment spreads itself, directly or through other fragments.</summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    // Fragments already explored, so each is explored once and each cycle reported once.
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<FragmentSpreadNode> _spreadPath = [];
    private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new NoFragmentCyclesRule();

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => false;

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node)
    {
        DetectCycles(context, node);
        return false;
    }

    private void DetectCycles(ValidationContext context, FragmentDefinitionNode fragment)
    {
        var fragmentName = fragment.Name.Value;
        if (!_visited.Add(fragmentName))
        {
            return;
        }

        var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
        if (spreads.Count == 0)
        {
            return;
        }

        _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
        foreach (var spread in spreads)
        {
            var spreadName = spread.Name.Value;
            _spreadPath.Add(spread);
            if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                if (context.GetFragment(spreadName) is { } spreadFragment)
                {
                    DetectCycles(context, spreadFragment);
                }
            }
            else
            {
                ReportCycle(context, spreadName, cycleIndex);
            }

            _spreadPath.RemoveAt(_spreadPath.Count - 1);
        }

        _spreadPathIndexByName.Remove(fragmentName);
    }

    private void ReportCycle(ValidationContext context, string spreadName, int cycleIndex)
    {
        var cycle = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
        var via = new StringBuilder();
        for (var i = 0; i < cycle.Count - 1; i++)
        {
            via.Append(i == 0 ? "" : ", ").Append('"').Append(cycle[i].Name.Value).Append('"');
        }

        var message = $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : ".");
        context.ReportError(DocumentValidator.CreateError(message, [.. cycle]));
    }
}
