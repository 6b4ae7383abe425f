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

    // Collections that grew beyond this for one document are dropped rather than kept for the next.
    private const int MaxRetainedEntries = 256;

    private readonly TypeInfo _typeInfo = new();
    private readonly TypeInfo _usageTypeInfo = new();
    private List<GraphQLError> _errors = null!;
    private int _maxErrors;
    private bool _fragmentsIndexed;
    private bool _directivesIndexed;
    private Dictionary<string, DirectiveDefinitionNode>? _documentDirectives;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private Dictionary<SelectionSetNode, List<FragmentSpreadNode>>? _fragmentSpreads;
    private Dictionary<string, List<FragmentDefinitionNode>>? _recursivelyReferencedFragments;
    private Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>>? _variableUsages;
    private Dictionary<SyntaxNode, List<VariableUsage>>? _recursiveVariableUsages;
    private List<VariableUsage>? _currentUsages;
    private SyntaxNode? _lastDefinition;
    private IReadOnlyList<VariableUsage>? _lastDefinitionUsages;
    private OperationDefinitionNode? _lastOperation;
    private IReadOnlyList<VariableUsage>? _lastOperationUsages;
    private List<SelectionSetNode>? _selectionSetStack;
    private int _remainingFragmentWork = FragmentWorkBudget;

    // Contexts are reused, one validation at a time, through Begin and End.
    internal ValidationContext()
    {
        Schema = null!;
        Document = null!;
        Walker = new DocumentWalker(this);
    }

    /// <summary>The schema validated against.</summary>
    public Schema Schema { get; private set; }

    /// <summary>The document validated.</summary>
    public DocumentNode Document { get; private set; }

    /// <summary>Whether "Did you mean" suggestions are left out of messages.</summary>
    public bool HideSuggestions { get; private set; }

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

    internal DocumentWalker Walker { get; }

    internal void Begin(Schema schema, DocumentNode document, List<GraphQLError> errors, int maxErrors, bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _errors = errors;
        _maxErrors = maxErrors;
        HideSuggestions = hideSuggestions;
        _typeInfo.Begin(schema);
        _remainingFragmentWork = FragmentWorkBudget;
    }

    // Forgets the validation, keeping only emptied collections for the next one.
    internal void End()
    {
        Schema = null!;
        Document = null!;
        _errors = null!;
        Definition = null;
        DirectiveLocation = null;
        SelectionSetOwner = null;
        _typeInfo.Begin(null!);
        _usageTypeInfo.Begin(null!);
        _fragmentsIndexed = false;
        _directivesIndexed = false;
        Reuse(ref _documentDirectives);
        Reuse(ref _fragments);
        Reuse(ref _fragmentSpreads);
        Reuse(ref _recursivelyReferencedFragments);
        Reuse(ref _variableUsages);
        Reuse(ref _recursiveVariableUsages);
        _selectionSetStack = _selectionSetStack is { Count: <= MaxRetainedEntries } ? _selectionSetStack : null;
        _selectionSetStack?.Clear();
        _currentUsages = null;
        _lastDefinition = null;
        _lastDefinitionUsages = null;
        _lastOperation = null;
        _lastOperationUsages = null;
        Walker.End();
    }

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
        if (!_fragmentsIndexed)
        {
            _fragmentsIndexed = true;
            _fragments ??= new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments!.GetValueOrDefault(name);
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
        var setsToVisit = _selectionSetStack ??= [];
        setsToVisit.Add(selectionSet);
        while (setsToVisit.Count > 0)
        {
            var set = setsToVisit[^1];
            setsToVisit.RemoveAt(setsToVisit.Count - 1);
            var selections = set.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                switch (selections[i])
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSet }:
                        setsToVisit.Add(fieldSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Add(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>A directive defined in the document itself (the last, when the name repeats); such definitions shadow the schema's, as in graphql-js.</summary>
    public DirectiveDefinitionNode? GetDocumentDirective(string name)
    {
        if (!_directivesIndexed)
        {
            _directivesIndexed = true;
            var definitions = Document.Definitions;
            for (var i = 0; i < definitions.Count; i++)
            {
                if (definitions[i] is DirectiveDefinitionNode directive)
                {
                    (_documentDirectives ??= new Dictionary<string, DirectiveDefinitionNode>(StringComparer.Ordinal))[directive.Name.Value] = directive;
                }
            }
        }

        return _documentDirectives?.GetValueOrDefault(name);
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
        if (ReferenceEquals(node, _lastDefinition))
        {
            return _lastDefinitionUsages!;
        }

        _variableUsages ??= [];
        if (_variableUsages.TryGetValue(node, out var known))
        {
            return known;
        }

        var usages = new List<VariableUsage>();
        _usageTypeInfo.Begin(Schema);
        new VariableUsageCollector(_usageTypeInfo, usages).Collect(definition);
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>The variables an operation uses, directly and through the fragments it references.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        // The rules that need these ask one after another when leaving the operation.
        if (ReferenceEquals(operation, _lastOperation))
        {
            return _lastOperationUsages!;
        }

        _recursiveVariableUsages ??= [];
        if (_recursiveVariableUsages.TryGetValue(operation, out var known))
        {
            return known;
        }

        if (GetFragmentSpreads(operation.SelectionSet).Count == 0)
        {
            _lastOperation = operation;
            return _lastOperationUsages = GetVariableUsages(operation);
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
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
        _lastOperation = operation;
        _lastOperationUsages = usages;
        return usages;
    }

    /// <summary>The schema type a type reference denotes; null when its named type is unknown.</summary>
    public GraphQLType? TypeFromAst(ITypeNode node) => TypeInfo.TypeFromAst(Schema, node);

    /// <summary>Aborts validation (as its work budgets do) before a deeply recursive check could overflow the stack.</summary>
    public static void EnsureSufficientStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationAbortedException(new GraphQLError("Validation aborted.", extensions: DocumentValidator.ErrorExtensions));
        }
    }

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
        if (_lastDefinition is not null && !ReferenceEquals(_lastDefinition, definition))
        {
            _variableUsages ??= [];
            _variableUsages.TryAdd(_lastDefinition, _lastDefinitionUsages!);
        }

        if (_variableUsages is null || !_variableUsages.ContainsKey(definition))
        {
            _lastDefinition = definition;
            _lastDefinitionUsages = _currentUsages is null ? [] : _currentUsages;
        }

        _currentUsages = null;
    }

    // Keeps an emptied collection for the next validation, unless a large document made it large.
    private static void Reuse<TKey, TValue>(ref Dictionary<TKey, TValue>? dictionary)
        where TKey : notnull
    {
        if (dictionary is null)
        {
            return;
        }

        if (dictionary.Count > MaxRetainedEntries)
        {
            dictionary = null;
            return;
        }

        dictionary.Clear();
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
