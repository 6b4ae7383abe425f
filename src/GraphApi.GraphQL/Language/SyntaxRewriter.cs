using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Language;

/// <summary>
/// Rewrites a syntax tree bottom-up without changing it: each node's children are rewritten
/// first, then <see cref="Rewrite"/> decides what stands in the node's place — the node itself,
/// a replacement, or null to remove it from its list. Unchanged subtrees are shared, not copied;
/// a changed node is rebuilt with its original location. Override <see cref="Visit"/> to act
/// before the children (for example to replace a whole subtree without descending).
/// </summary>
public abstract class SyntaxRewriter
{
    /// <summary>Rewrites <paramref name="node"/> and everything under it; null means removed.</summary>
    public virtual SyntaxNode? Visit(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Rewrite(VisitChildren(node));
    }

    /// <summary>
    /// What stands in place of <paramref name="node"/>, whose children are already rewritten:
    /// the node, a replacement of a kind that fits its place, or null to remove it. Removing a node
    /// that is not in a list and not optional (a field's name, say) throws <see cref="InvalidOperationException"/>.
    /// </summary>
    protected virtual SyntaxNode? Rewrite(SyntaxNode node) => node;

    /// <summary>Returns the node with its children rewritten: the same instance when none changed.</summary>
    protected SyntaxNode VisitChildren(SyntaxNode node)
    {
        var changed = false;
        switch (node)
        {
            case DocumentNode n:
            {
                var definitions = List(n.Definitions, ref changed);
                return changed ? new DocumentNode { Definitions = definitions, Location = n.Location } : n;
            }

            case OperationDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Optional(n.Name, ref changed);
                var variables = List(n.VariableDefinitions, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new OperationDefinitionNode
                    {
                        Description = description, Operation = n.Operation, Name = name, VariableDefinitions = variables,
                        Directives = directives, SelectionSet = selectionSet, Location = n.Location,
                    }
                    : n;
            }

            case VariableDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var variable = Required(n.Variable, ref changed);
                var type = Required(n.Type, ref changed);
                var defaultValue = Optional(n.DefaultValue, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new VariableDefinitionNode
                    {
                        Description = description, Variable = variable, Type = type, DefaultValue = defaultValue,
                        Directives = directives, Location = n.Location,
                    }
                    : n;
            }

            case VariableNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new VariableNode { Name = name, Location = n.Location } : n;
            }

            case SelectionSetNode n:
            {
                var selections = List(n.Selections, ref changed);
                return changed ? new SelectionSetNode { Selections = selections, Location = n.Location } : n;
            }

            case FieldNode n:
            {
                var alias = Optional(n.Alias, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Optional(n.SelectionSet, ref changed);
                return changed
                    ? new FieldNode
                    {
                        Alias = alias, Name = name, Arguments = arguments, Directives = directives,
                        SelectionSet = selectionSet, Location = n.Location,
                    }
                    : n;
            }

            case ArgumentNode n:
            {
                var name = Required(n.Name, ref changed);
                var value = Required(n.Value, ref changed);
                return changed ? new ArgumentNode { Name = name, Value = value, Location = n.Location } : n;
            }

            case FragmentSpreadNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new FragmentSpreadNode { Name = name, Directives = directives, Location = n.Location } : n;
            }

            case InlineFragmentNode n:
            {
                var typeCondition = Optional(n.TypeCondition, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new InlineFragmentNode { TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet, Location = n.Location }
                    : n;
            }

            case FragmentDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var typeCondition = Required(n.TypeCondition, ref changed);
                var directives = List(n.Directives, ref changed);
                var selectionSet = Required(n.SelectionSet, ref changed);
                return changed
                    ? new FragmentDefinitionNode
                    {
                        Description = description, Name = name, TypeCondition = typeCondition, Directives = directives,
                        SelectionSet = selectionSet, Location = n.Location,
                    }
                    : n;
            }

            case ListValueNode n:
            {
                var values = List(n.Values, ref changed);
                return changed ? new ListValueNode { Values = values, Location = n.Location } : n;
            }

            case ObjectValueNode n:
            {
                var fields = List(n.Fields, ref changed);
                return changed ? new ObjectValueNode { Fields = fields, Location = n.Location } : n;
            }

            case ObjectFieldNode n:
            {
                var name = Required(n.Name, ref changed);
                var value = Required(n.Value, ref changed);
                return changed ? new ObjectFieldNode { Name = name, Value = value, Location = n.Location } : n;
            }

            case DirectiveNode n:
            {
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                return changed ? new DirectiveNode { Name = name, Arguments = arguments, Location = n.Location } : n;
            }

            case NamedTypeNode n:
            {
                var name = Required(n.Name, ref changed);
                return changed ? new NamedTypeNode { Name = name, Location = n.Location } : n;
            }

            case ListTypeNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new ListTypeNode { Type = type, Location = n.Location } : n;
            }

            case NonNullTypeNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new NonNullTypeNode { Type = type, Location = n.Location } : n;
            }

            case SchemaDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var directives = List(n.Directives, ref changed);
                var operationTypes = List(n.OperationTypes, ref changed);
                return changed
                    ? new SchemaDefinitionNode { Description = description, Directives = directives, OperationTypes = operationTypes, Location = n.Location }
                    : n;
            }

            case OperationTypeDefinitionNode n:
            {
                var type = Required(n.Type, ref changed);
                return changed ? new OperationTypeDefinitionNode { Operation = n.Operation, Type = type, Location = n.Location } : n;
            }

            case ScalarTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = n.Location }
                    : n;
            }

            case ObjectTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new ObjectTypeDefinitionNode
                    {
                        Description = description, Name = name, Interfaces = interfaces, Directives = directives,
                        Fields = fields, Location = n.Location,
                    }
                    : n;
            }

            case FieldDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var type = Required(n.Type, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new FieldDefinitionNode
                    {
                        Description = description, Name = name, Arguments = arguments, Type = type,
                        Directives = directives, Location = n.Location,
                    }
                    : n;
            }

            case InputValueDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var type = Required(n.Type, ref changed);
                var defaultValue = Optional(n.DefaultValue, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new InputValueDefinitionNode
                    {
                        Description = description, Name = name, Type = type, DefaultValue = defaultValue,
                        Directives = directives, Location = n.Location,
                    }
                    : n;
            }

            case InterfaceTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InterfaceTypeDefinitionNode
                    {
                        Description = description, Name = name, Interfaces = interfaces, Directives = directives,
                        Fields = fields, Location = n.Location,
                    }
                    : n;
            }

            case UnionTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var types = List(n.Types, ref changed);
                return changed
                    ? new UnionTypeDefinitionNode { Description = description, Name = name, Directives = directives, Types = types, Location = n.Location }
                    : n;
            }

            case EnumTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var values = List(n.Values, ref changed);
                return changed
                    ? new EnumTypeDefinitionNode { Description = description, Name = name, Directives = directives, Values = values, Location = n.Location }
                    : n;
            }

            case EnumValueDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed
                    ? new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = n.Location }
                    : n;
            }

            case InputObjectTypeDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InputObjectTypeDefinitionNode { Description = description, Name = name, Directives = directives, Fields = fields, Location = n.Location }
                    : n;
            }

            case DirectiveDefinitionNode n:
            {
                var description = Optional(n.Description, ref changed);
                var name = Required(n.Name, ref changed);
                var arguments = List(n.Arguments, ref changed);
                var locations = List(n.Locations, ref changed);
                return changed
                    ? new DirectiveDefinitionNode
                    {
                        Description = description, Name = name, Arguments = arguments, Repeatable = n.Repeatable,
                        Locations = locations, Location = n.Location,
                    }
                    : n;
            }

            case SchemaExtensionNode n:
            {
                var directives = List(n.Directives, ref changed);
                var operationTypes = List(n.OperationTypes, ref changed);
                return changed ? new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = n.Location } : n;
            }

            case ScalarTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                return changed ? new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = n.Location } : n;
            }

            case ObjectTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new ObjectTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = n.Location }
                    : n;
            }

            case InterfaceTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var interfaces = List(n.Interfaces, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed
                    ? new InterfaceTypeExtensionNode { Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = n.Location }
                    : n;
            }

            case UnionTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var types = List(n.Types, ref changed);
                return changed ? new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = n.Location } : n;
            }

            case EnumTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var values = List(n.Values, ref changed);
                return changed ? new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = n.Location } : n;
            }

            case InputObjectTypeExtensionNode n:
            {
                var name = Required(n.Name, ref changed);
                var directives = List(n.Directives, ref changed);
                var fields = List(n.Fields, ref changed);
                return changed ? new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = n.Location } : n;
            }

            default:
                // Leaves (names, scalar values) have no children.
                return node;
        }
    }

    private T Required<T>(T node, ref bool changed)
        where T : class
    {
        var result = Visit((SyntaxNode)(object)node)
            ?? throw new InvalidOperationException($"A {((SyntaxNode)(object)node).Kind} node cannot be removed from where it stands.");
        return Fit(node, result, ref changed);
    }

    private T? Optional<T>(T? node, ref bool changed)
        where T : class
    {
        if (node is null)
        {
            return null;
        }

        var result = Visit((SyntaxNode)(object)node);
        if (result is null)
        {
            changed = true;
            return null;
        }

        return Fit(node, result, ref changed);
    }

    private IReadOnlyList<T> List<T>(IReadOnlyList<T> nodes, ref bool changed)
        where T : class
    {
        List<T>? rewritten = null;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var result = Visit((SyntaxNode)(object)node);
            if (rewritten is null && ReferenceEquals(result, node))
            {
                continue;
            }

            if (rewritten is null)
            {
                rewritten = new List<T>(nodes.Count);
                for (var j = 0; j < i; j++)
                {
                    rewritten.Add(nodes[j]);
                }
            }

            if (result is not null)
            {
                var itemChanged = false;
                rewritten.Add(Fit(node, result, ref itemChanged));
            }
        }

        if (rewritten is null)
        {
            return nodes;
        }

        changed = true;
        return rewritten;
    }

    private static T Fit<T>(T original, SyntaxNode result, ref bool changed)
        where T : class
    {
        if (ReferenceEquals(result, original))
        {
            return original;
        }

        changed = true;
        return result as T
            ?? throw new InvalidOperationException(
                $"A {result.Kind} node cannot replace a {((SyntaxNode)(object)original).Kind} node: it must be a {typeof(T).Name}.");
    }
}
