using System.Text;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.3.2 Field Selection Merging
/// <summary>
/// Fields with the same response name, wherever they come from (fragments included), can be merged:
/// same field and arguments unless their parents are exclusive object types, and compatible return types.
/// </summary>
/// <remarks>
/// graphql-js 16.15's algorithm: selection sets are collected once per parent type, compared fragment
/// pairs and fields-versus-fragment comparisons are remembered, and the work is bounded by a budget.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;

    private readonly Dictionary<string, Dictionary<string, bool>> _comparedFragmentPairs = new(StringComparer.Ordinal);
    private readonly Dictionary<(SelectionSetNode, NamedType?), CollectedFields> _collectedFields = [];
    private int _remainingBudget = MaxComplexityBudget;

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new OverlappingFieldsCanBeMergedRule();

    /// <inheritdoc />
    public override bool EnterSelectionSet(ValidationContext context, SelectionSetNode node)
    {
        // An inline fragment's fields are checked with its enclosing selection set.
        if (context.SelectionSetOwner is InlineFragmentNode)
        {
            return true;
        }

        var selections = node.Selections;
        if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
        {
            return true;
        }

        var conflicts = new List<Conflict>();
        FindConflictsWithinSelectionSet(context, conflicts, context.ParentType, node);
        foreach (var conflict in conflicts)
        {
            var nodes = new SyntaxNode[conflict.Fields1.Count + conflict.Fields2.Count];
            for (var i = 0; i < conflict.Fields1.Count; i++)
            {
                nodes[i] = conflict.Fields1[i];
            }

            for (var i = 0; i < conflict.Fields2.Count; i++)
            {
                nodes[conflict.Fields1.Count + i] = conflict.Fields2[i];
            }
            context.ReportError(DocumentValidator.CreateError(
                $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                nodes));
        }

        return true;
    }

    private void FindConflictsWithinSelectionSet(ValidationContext context, List<Conflict> conflicts, NamedType? parentType, SelectionSetNode selectionSet)
    {
        var collected = CollectFields(context, parentType, selectionSet);

        // (A) Conflicts among the fields of this selection set itself.
        CollectConflictsWithin(context, conflicts, collected);

        // (B) Then each fragment against the fields and against the other fragments.
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Groups.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(context, conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                {
                    CollectConflictsBetweenFragments(context, conflicts, false, fragmentNames[i], fragmentNames[j]);
                }
            }
        }
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        ValidationContext context,
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        CollectedFields collected,
        string fragmentName)
    {
        SpendBudget(1);
        if (collected.Groups.Count == 0)
        {
            return;
        }

        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || areMutuallyExclusive))
        {
            // Only a non-exclusive comparison can be reused for overlapping parents.
            return;
        }

        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var collected2 = CollectFragmentFields(context, fragment);
        if (ReferenceEquals(collected, collected2))
        {
            return;
        }

        // (D) The fields against the fragment's fields.
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, collected, collected2);

        // (E) The fields against the fragments the fragment spreads.
        foreach (var referencedFragmentName in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, collected, referencedFragmentName);
        }
    }

    private void CollectConflictsBetweenFragments(
        ValidationContext context,
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        string fragmentName1,
        string fragmentName2)
    {
        SpendBudget(2);
        if (fragmentName1 == fragmentName2 || HasComparedPair(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        AddComparedPair(fragmentName1, fragmentName2, areMutuallyExclusive);
        var fragment1 = context.GetFragment(fragmentName1);
        var fragment2 = context.GetFragment(fragmentName2);
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var collected1 = CollectFragmentFields(context, fragment1);
        var collected2 = CollectFragmentFields(context, fragment2);

        // (F) The two fragments' fields.
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, collected1, collected2);

        // (G) Each fragment against the fragments the other spreads.
        foreach (var referencedFragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
        }

        foreach (var referencedFragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        ValidationContext context,
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collected1 = CollectFields(context, parentType1, selectionSet1);
        var collected2 = CollectFields(context, parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(context, conflicts, areMutuallyExclusive, collected1, collected2);

        // (I) Each set of fields against the fragments the other spreads.
        foreach (var fragmentName2 in collected2.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, collected1, fragmentName2);
        }

        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(context, conflicts, areMutuallyExclusive, collected2, fragmentName1);
        }

        // (J) Each pair of fragments spread by the two.
        foreach (var fragmentName1 in collected1.FragmentNames)
        {
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(context, conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(ValidationContext context, List<Conflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(context, false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        ValidationContext context,
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        CollectedFields collected1,
        CollectedFields collected2)
    {
        if (collected1.Groups.Count == 0 || collected2.Groups.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1, fields2) in GetOverlappingFields(collected1, collected2))
        {
            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(context, parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2)> GetOverlappingFields(CollectedFields collected1, CollectedFields collected2)
    {
        collected1.OverlappingFields ??= [];
        if (collected1.OverlappingFields.TryGetValue(collected2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<(string, List<FieldDetails>, List<FieldDetails>)>();
        foreach (var (responseName, fields1) in collected1.Groups)
        {
            SpendBudget(1);
            if (collected2.Find(responseName) is { } fields2)
            {
                overlapping.Add((responseName, fields1, fields2));
            }
        }

        collected1.OverlappingFields[collected2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(
        ValidationContext context,
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldDetails field1,
        FieldDetails field2)
    {
        // Fields on two different object types can never apply to the same value, so only their types must agree.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        SpendBudget(2);

        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive)
        {
            var info1 = field1.GetInfo();
            var info2 = field2.GetInfo();
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                    : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = field1.GetInfo();
            var info2 = field2.GetInfo();
            info1.TypeString ??= type1.ToString();
            info2.TypeString ??= type2.ToString();
            return new Conflict(responseName, $"they return conflicting types \"{info1.TypeString}\" and \"{info2.TypeString}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                context,
                areMutuallyExclusive,
                field1.GetInfo().NamedType,
                selectionSet1,
                field2.GetInfo().NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode>? arguments1, IReadOnlyList<ArgumentNode>? arguments2)
    {
        if (arguments1 is null)
        {
            return arguments2 is null;
        }

        if (arguments2 is null || arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            SpendBudget(1);
            var value2 = FindLastArgument(arguments2, argument1.Name.Value);
            if (value2 is null || !ValuesEqual(argument1.Value, value2))
            {
                return false;
            }
        }

        return true;
    }

    private static IValueNode? FindLastArgument(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = arguments.Count - 1; i >= 0; i--)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i].Value;
            }
        }

        return null;
    }

    // graphql-js compares values by a canonical JSON form: object fields sorted by name, strings by value and blockness.
    private static bool ValuesEqual(IValueNode a, IValueNode b)
    {
        if (a.Kind != b.Kind)
        {
            return false;
        }

        switch (a)
        {
            case VariableNode variable:
                return variable.Name.Value == ((VariableNode)b).Name.Value;
            case IntValueNode intValue:
                return intValue.Value == ((IntValueNode)b).Value;
            case FloatValueNode floatValue:
                return floatValue.Value == ((FloatValueNode)b).Value;
            case StringValueNode stringValue:
                var other = (StringValueNode)b;
                return stringValue.Value == other.Value && stringValue.Block == other.Block;
            case BooleanValueNode booleanValue:
                return booleanValue.Value == ((BooleanValueNode)b).Value;
            case EnumValueNode enumValue:
                return enumValue.Value == ((EnumValueNode)b).Value;
            case NullValueNode:
                return true;
            case ListValueNode list:
                var otherList = (ListValueNode)b;
                if (list.Values.Count != otherList.Values.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Values.Count; i++)
                {
                    if (!ValuesEqual(list.Values[i], otherList.Values[i]))
                    {
                        return false;
                    }
                }

                return true;
            case ObjectValueNode obj:
                var otherObject = (ObjectValueNode)b;
                if (obj.Fields.Count != otherObject.Fields.Count)
                {
                    return false;
                }

                var fields1 = SortedFields(obj);
                var fields2 = SortedFields(otherObject);
                for (var i = 0; i < fields1.Length; i++)
                {
                    if (fields1[i].Name.Value != fields2[i].Name.Value || !ValuesEqual(fields1[i].Value, fields2[i].Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private static ObjectFieldNode[] SortedFields(ObjectValueNode node)
    {
        var fields = new ObjectFieldNode[node.Fields.Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = node.Fields[i];
        }

        // Stable, as JavaScript's sort is, by ordinal (UTF-16) comparison of names.
        var indexed = new (ObjectFieldNode Field, int Index)[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            indexed[i] = (fields[i], i);
        }

        Array.Sort(indexed, static (x, y) =>
        {
            var compared = string.CompareOrdinal(x.Field.Name.Value, y.Field.Name.Value);
            return compared != 0 ? compared : x.Index - y.Index;
        });
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = indexed[i].Field;
        }

        return fields;
    }

    // Two types conflict when no value could be of both: different list or non-null shapes, or different leaf types.
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendBudget(1);
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.Kind is TypeKind.Scalar or TypeKind.Enum || type2.Kind is TypeKind.Scalar or TypeKind.Enum)
                && !ReferenceEquals(type1, type2);
        }
    }

    private CollectedFields CollectFields(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collectedFields.TryGetValue((selectionSet, parentType), out var cached))
        {
            return cached;
        }

        var collected = new CollectedFields();
        CollectFieldsInto(context, parentType, selectionSet, collected);
        _collectedFields[(selectionSet, parentType)] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(ValidationContext context, FragmentDefinitionNode fragment) =>
        CollectFields(context, context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private static void CollectFieldsInto(ValidationContext context, NamedType? parentType, SelectionSetNode selectionSet, CollectedFields collected)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is IComplexOutputType complex ? complex.Fields.Find(field.Name.Value) : null;
                    collected.Add(field.ResponseKey, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (!collected.FragmentNames.Contains(spread.Name.Value))
                    {
                        collected.FragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } typeCondition ? context.Schema.GetType(typeCondition.Name.Value) : parentType;
                    CollectFieldsInto(context, fragmentType, inline.SelectionSet, collected);
                    break;
            }
        }
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    // The enclosing field first, then the conflicting subfields, keeping the last ones when there are too many.
    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private void SpendBudget(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted.", extensions: DocumentValidator.ErrorExtensions));
        }
    }

    private bool HasComparedPair(string a, string b, bool areMutuallyExclusive) =>
        HasComparedPairInOrder(a, b, areMutuallyExclusive) || HasComparedPairInOrder(b, a, areMutuallyExclusive);

    // A pair compared as mutually exclusive does not cover a comparison that is not.
    private bool HasComparedPairInOrder(string a, string b, bool areMutuallyExclusive) =>
        _comparedFragmentPairs.TryGetValue(a, out var map) && map.TryGetValue(b, out var wasExclusive)
        && (areMutuallyExclusive || !wasExclusive);

    private void AddComparedPair(string a, string b, bool areMutuallyExclusive)
    {
        if (!_comparedFragmentPairs.TryGetValue(a, out var map))
        {
            _comparedFragmentPairs[a] = map = new Dictionary<string, bool>(StringComparer.Ordinal);
        }

        map[b] = areMutuallyExclusive;
    }

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class FieldDetails(NamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private FieldInfo? _info;

        public NamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public FieldDefinition? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        public FieldInfo GetInfo() => _info ??= new FieldInfo(Definition?.Type.GetNamedType(), Node.Arguments.Count == 0 ? null : Node.Arguments);
    }

    private sealed class FieldInfo(NamedType? namedType, IReadOnlyList<ArgumentNode>? arguments)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = [];

        public NamedType? NamedType { get; } = namedType;

        public IReadOnlyList<ArgumentNode>? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed class CollectedFields
    {
        private readonly Dictionary<string, List<FieldDetails>> _byResponseName = new(StringComparer.Ordinal);

        // Response names in first-seen order, with their fields.
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public List<string> FragmentNames { get; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectedFields, List<(string, List<FieldDetails>, List<FieldDetails>)>>? OverlappingFields { get; set; }

        public List<FieldDetails>? Find(string responseName) => _byResponseName.GetValueOrDefault(responseName);

        public void Add(string responseName, FieldDetails field)
        {
            if (!_byResponseName.TryGetValue(responseName, out var fields))
            {
                _byResponseName[responseName] = fields = [];
                Groups.Add((responseName, fields));
            }

            fields.Add(field);
        }
    }
}
