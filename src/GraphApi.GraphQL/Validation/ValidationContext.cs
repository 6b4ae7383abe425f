using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// What validation rules see of one validation: the schema and document, the types in effect at the
/// node being visited, lookups shared by rules (fragments, spreads, variable usages), and error reporting.
/// </summary>
public sealed class ValidationContext
{
    // graphql-js bounds the work spent following fragments (ASTValidationContext._remainingFragmentWork).
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly List<GraphQLError> _errors;
    private readonly int _maxErrors;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _recursivelyReferencedFragments;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _variableUsages;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _recursiveVariableUsages;
    private List<VariableUsage>? _currentUsages;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(Schema schema, DocumentNode document, List<GraphQLError> errors, int maxErrors, bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _errors = errors;
        _maxErrors = maxErrors;
        HideSuggestions = hideSuggestions;
        _typeInfo = new TypeInfo(schema);
    }

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; }

    /// <summary>The document validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Whether "Did you mean" suggestions are left out of messages.</summary>
    public bool HideSuggestions { get; }

    /// <summary>The errors reported so far.</summary>
    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <summary>The output type of the node being visited (the field's type, the fragment's type condition, the operation's root type).</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type whose selection set is being visited.</summary>
    public NamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The input type expected by the value position being visited.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type of the position enclosing the one being visited (the list or input object).</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The definition of the field being visited.</summary>
    public FieldDefinition? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The definition of the directive being visited.</summary>
    public DirectiveDefinition? Directive => _typeInfo.Directive;

    /// <summary>The definition of the argument being visited.</summary>
    public InputValueDefinition? Argument => _typeInfo.Argument;

    /// <summary>The default value of the argument or input field being visited, if any.</summary>
    public IValueNode? DefaultValue => _typeInfo.DefaultValue;

    /// <summary>The top-level definition being visited.</summary>
    public IDefinitionNode? Definition { get; internal set; }

    /// <summary>Where the directives being visited are applied; null for type system nodes of no known location.</summary>
    public DirectiveLocation? DirectiveLocation { get; internal set; }

    /// <summary>The node whose selection set is being entered: an operation, field, inline fragment or fragment definition.</summary>
    public SyntaxNode? SelectionSetOwner { get; internal set; }

    internal TypeInfo TypeInfo => _typeInfo;

    /// <summary>Reports an error; aborts validation once the error limit is passed.</summary>
    public void ReportError(GraphQLError error)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted.", extensions: DocumentValidator.ErrorExtensions));
            throw new ValidationAbortedException(null);
        }

        _errors.Add(error);
    }

    /// <summary>Reports an error located at the given nodes.</summary>
    public void ReportError(string message, params ReadOnlySpan<SyntaxNode?> nodes) =>
        ReportError(DocumentValidator.CreateError(message, nodes));

    /// <summary>The fragment definition of that name (the last one, when the name repeats).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads in a selection set, nested ones included, in graphql-js's order.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        _fragmentSpreads ??= [];
        if (_fragmentSpreads.TryGetValue(selectionSet, out var spreads))
        {
            return spreads;
        }

        spreads = [];
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Push(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>The fragments an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation) =>
        GetRecursivelyReferencedFragmentsForOperations([operation]);

    /// <summary>The fragments any of the operations uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragmentsForOperations(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var fragmentNames = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    fragmentNames.Add(spread.Name.Value);
                }
            }
        }

        var key = FragmentSetKey(fragmentNames);
        _recursivelyReferencedFragments ??= new Dictionary<string, List<FragmentDefinitionNode>>(StringComparer.Ordinal);
        if (_recursivelyReferencedFragments.TryGetValue(key, out var fragments))
        {
            return fragments;
        }

        fragments = [];
        SpendFragmentWork(fragmentNames.Count);
        for (var i = 0; i < fragmentNames.Count; i++)
        {
            var fragment = GetFragment(fragmentNames[i]);
            if (fragment is null)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    fragmentNames.Add(spread.Name.Value);
                }
            }
        }

        _recursivelyReferencedFragments[key] = fragments;
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment (not through spreads), in document order.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(IExecutableDefinitionNode definition)
    {
        var node = (SyntaxNode)definition;
        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(node, out var usages))
        {
            return usages;
        }

        usages = [];
        new VariableUsageCollector(new TypeInfo(Schema), usages).Collect(definition);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables an operation uses, directly and through the fragments it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        usages = [.. GetVariableUsages(operation)];
        SpendFragmentWork(fragments.Count);
        var fragmentUsageCount = 0;
        foreach (var fragment in fragments)
        {
            var fragmentUsages = GetVariableUsages(fragment);
            fragmentUsageCount += fragmentUsages.Count;
            usages.AddRange(fragmentUsages);
        }

        SpendFragmentWork(fragmentUsageCount * 2);
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>The schema type a type reference denotes; null when its named type is unknown.</summary>
    public GraphQLType? TypeFromAst(ITypeNode node) => TypeInfo.TypeFromAst(Schema, node);

    /// <summary>Charges work spent following fragments; aborts validation when the budget is spent (as graphql-js does).</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted.", extensions: DocumentValidator.ErrorExtensions));
        }
    }

    internal void BeginExecutableDefinition() => _currentUsages = null;

    internal void RecordVariableUsage(VariableNode node)
    {
        (_currentUsages ??= []).Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
    }

    // Called before the definition's leave hooks, so that they find its usages without a second walk.
    internal void CompleteExecutableDefinition(SyntaxNode definition)
    {
        _variableUsages ??= [];
        _variableUsages.TryAdd(definition, _currentUsages ?? []);
        _currentUsages = null;
    }

    private static string FragmentSetKey(List<string> names)
    {
        if (names.Count == 0)
        {
            return string.Empty;
        }

        if (names.Count == 1)
        {
            return names[0];
        }

        var sorted = names.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join(',', sorted);
    }
}
