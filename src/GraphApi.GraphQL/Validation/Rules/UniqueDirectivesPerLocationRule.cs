using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.7.3 Directives Are Unique Per Location
/// <summary>A non-repeatable directive appears at most once at each location.</summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    private Dictionary<string, DirectiveNode>? _schemaDirectives;
    private Dictionary<string, Dictionary<string, DirectiveNode>>? _typeDirectives;

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new UniqueDirectivesPerLocationRule();

    /// <inheritdoc />
    public override bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterField(ValidationContext context, FieldNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => Check(context, node.Directives, null);

    /// <inheritdoc />
    public override bool EnterTypeSystemNode(ValidationContext context, SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                return Check(context, schema.Directives, _schemaDirectives ??= new(StringComparer.Ordinal));
            case SchemaExtensionNode schema:
                return Check(context, schema.Directives, _schemaDirectives ??= new(StringComparer.Ordinal));
            case ITypeDefinitionNode or ITypeExtensionNode:
                // A type's definition and extensions share one location.
                var name = ((INamedSyntaxNode)node).Name.Value;
                _typeDirectives ??= new(StringComparer.Ordinal);
                if (!_typeDirectives.TryGetValue(name, out var seen))
                {
                    _typeDirectives[name] = seen = new(StringComparer.Ordinal);
                }

                return Check(context, ((IHasDirectives)node).Directives, seen);
            case IHasDirectives withDirectives:
                return Check(context, withDirectives.Directives, null);
            default:
                return true;
        }
    }

    private static bool Check(ValidationContext context, IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
    {
        if (directives.Count == 0 || (directives.Count == 1 && seen is null))
        {
            return true;
        }

        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (!IsUnique(context, name))
            {
                continue;
            }

            var previous = seen is not null ? seen.GetValueOrDefault(name) : FindBefore(directives, i, name);
            if (previous is not null)
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", previous, directive);
            }
            else
            {
                seen?.Add(name, directive);
            }
        }

        return true;
    }

    private static DirectiveNode? FindBefore(IReadOnlyList<DirectiveNode> directives, int index, string name)
    {
        for (var i = 0; i < index; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }

        return null;
    }

    // Unknown directives are not checked, as in graphql-js.
    private static bool IsUnique(ValidationContext context, string name)
    {
        DirectiveDefinitionNode? documentDefinition = null;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive && directive.Name.Value == name)
            {
                documentDefinition = directive;
            }
        }

        if (documentDefinition is not null)
        {
            return !documentDefinition.Repeatable;
        }

        return context.Schema.GetDirective(name) is { IsRepeatable: false };
    }
}
