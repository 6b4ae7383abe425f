using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

// graphql-js validate(): visit(document, visitWithTypeInfo(typeInfo, visitInParallel(rules))), without descriptions.
/// <summary>Walks a document once, keeping the type information current and calling every rule's hooks in rule order.</summary>
internal sealed class DocumentWalker
{
    private readonly ValidationContext _context;
    private readonly TypeInfo _typeInfo;
    private readonly ValidationRule[] _visitors;
    private readonly int[][] _plan;
    private readonly SyntaxNode?[] _skipping;
    private int _skipCount;
    private bool _recordUsages;

    public DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _typeInfo = context.TypeInfo;
        _plan = RulePlan.For(rules).Rules;
        _visitors = new ValidationRule[rules.Count];
        for (var i = 0; i < _visitors.Length; i++)
        {
            _visitors[i] = rules[i].CreateVisitor(context);
        }

        _skipping = new SyntaxNode?[_visitors.Length];
    }

    public void Walk(DocumentNode document)
    {
        Enter(RuleHook.EnterDocument, document);
        var definitions = document.Definitions;
        for (var i = 0; i < definitions.Count; i++)
        {
            _context.Definition = definitions[i];
            Definition(definitions[i]);
        }

        _context.Definition = null;
        Leave(RuleHook.EnterDocument, RuleHook.LeaveDocument, document);
    }

    private void Definition(IDefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                Operation(operation);
                break;
            case FragmentDefinitionNode fragment:
                Fragment(fragment);
                break;
            default:
                TypeSystemNode((SyntaxNode)definition);
                break;
        }
    }

    private void Operation(OperationDefinitionNode operation)
    {
        _typeInfo.EnterOperation(operation);
        _context.BeginExecutableDefinition();
        Enter(RuleHook.EnterOperationDefinition, operation);
        var variables = operation.VariableDefinitions;
        for (var i = 0; i < variables.Count; i++)
        {
            VariableDefinition(variables[i]);
        }

        _recordUsages = true;
        Directives(operation.Directives, operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        });
        SelectionSet(operation.SelectionSet, operation);
        _recordUsages = false;
        _context.CompleteExecutableDefinition(operation);
        Leave(RuleHook.EnterOperationDefinition, RuleHook.LeaveOperationDefinition, operation);
        _typeInfo.LeaveOutputType();
    }

    private void Fragment(FragmentDefinitionNode fragment)
    {
        _typeInfo.EnterFragment(fragment.TypeCondition);
        _context.BeginExecutableDefinition();
        Enter(RuleHook.EnterFragmentDefinition, fragment);
        _recordUsages = true;
        NamedType(fragment.TypeCondition);
        Directives(fragment.Directives, DirectiveLocation.FragmentDefinition);
        SelectionSet(fragment.SelectionSet, fragment);
        _recordUsages = false;
        _context.CompleteExecutableDefinition(fragment);
        Leave(RuleHook.EnterFragmentDefinition, fragment);
        _typeInfo.LeaveOutputType();
    }

    private void VariableDefinition(VariableDefinitionNode definition)
    {
        _typeInfo.EnterVariableDefinition(definition);
        Enter(RuleHook.EnterVariableDefinition, definition);
        Enter(RuleHook.EnterVariable, definition.Variable);
        Leave(RuleHook.EnterVariable, definition.Variable);
        TypeReference(definition.Type);
        if (definition.DefaultValue is not null)
        {
            Value(definition.DefaultValue);
        }

        Directives(definition.Directives, DirectiveLocation.VariableDefinition);
        Leave(RuleHook.EnterVariableDefinition, definition);
        _typeInfo.LeaveVariableDefinition();
    }

    private void SelectionSet(SelectionSetNode selectionSet, SyntaxNode owner)
    {
        _typeInfo.EnterSelectionSet();
        _context.SelectionSetOwner = owner;
        Enter(RuleHook.EnterSelectionSet, selectionSet);
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    Field(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(RuleHook.EnterFragmentSpread, spread);
                    Directives(spread.Directives, DirectiveLocation.FragmentSpread);
                    Leave(RuleHook.EnterFragmentSpread, spread);
                    break;
                case InlineFragmentNode inline:
                    InlineFragment(inline);
                    break;
            }
        }

        Leave(RuleHook.EnterSelectionSet, selectionSet);
        _typeInfo.LeaveSelectionSet();
    }

    private void Field(FieldNode field)
    {
        _typeInfo.EnterField(field);
        Enter(RuleHook.EnterField, field);
        Arguments(field.Arguments);
        Directives(field.Directives, DirectiveLocation.Field);
        if (field.SelectionSet is not null)
        {
            SelectionSet(field.SelectionSet, field);
        }

        Leave(RuleHook.EnterField, RuleHook.LeaveField, field);
        _typeInfo.LeaveField();
    }

    private void InlineFragment(InlineFragmentNode inline)
    {
        _typeInfo.EnterFragment(inline.TypeCondition);
        Enter(RuleHook.EnterInlineFragment, inline);
        if (inline.TypeCondition is not null)
        {
            NamedType(inline.TypeCondition);
        }

        Directives(inline.Directives, DirectiveLocation.InlineFragment);
        SelectionSet(inline.SelectionSet, inline);
        Leave(RuleHook.EnterInlineFragment, inline);
        _typeInfo.LeaveOutputType();
    }

    private void Arguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            _typeInfo.EnterArgument(argument);
            Enter(RuleHook.EnterArgument, argument);
            Value(argument.Value);
            Leave(RuleHook.EnterArgument, argument);
            _typeInfo.LeaveArgument();
        }
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation? location)
    {
        if (directives.Count == 0)
        {
            return;
        }

        _context.DirectiveLocation = location;
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            _typeInfo.EnterDirective(directive);
            Enter(RuleHook.EnterDirective, directive);
            Arguments(directive.Arguments);
            Leave(RuleHook.EnterDirective, RuleHook.LeaveDirective, directive);
            _typeInfo.LeaveDirective();
        }
    }

    private void Value(IValueNode value)
    {
        switch (value.Kind)
        {
            case SyntaxKind.Variable:
                var variable = (VariableNode)value;
                if (_recordUsages)
                {
                    _context.RecordVariableUsage(variable);
                }

                Enter(RuleHook.EnterVariable, variable);
                Leave(RuleHook.EnterVariable, variable);
                break;
            case SyntaxKind.NullValue:
                var nullValue = (NullValueNode)value;
                Enter(RuleHook.EnterNullValue, nullValue);
                Leave(RuleHook.EnterNullValue, nullValue);
                break;
            case SyntaxKind.ListValue:
                var list = (ListValueNode)value;
                _typeInfo.EnterListValue();
                Enter(RuleHook.EnterListValue, list);
                var items = list.Values;
                for (var i = 0; i < items.Count; i++)
                {
                    Value(items[i]);
                }

                Leave(RuleHook.EnterListValue, list);
                _typeInfo.LeaveInputPosition();
                break;
            case SyntaxKind.ObjectValue:
                var obj = (ObjectValueNode)value;
                Enter(RuleHook.EnterObjectValue, obj);
                var fields = obj.Fields;
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    _typeInfo.EnterObjectField(field);
                    Enter(RuleHook.EnterObjectField, field);
                    Value(field.Value);
                    Leave(RuleHook.EnterObjectField, field);
                    _typeInfo.LeaveInputPosition();
                }

                Leave(RuleHook.EnterObjectValue, RuleHook.LeaveObjectValue, obj);
                break;
            default:
                var leaf = (SyntaxNode)value;
                Enter(RuleHook.EnterLeafValue, leaf);
                Leave(RuleHook.EnterLeafValue, leaf);
                break;
        }
    }

    private void TypeReference(ITypeNode type)
    {
        while (type is not NamedTypeNode)
        {
            type = type is ListTypeNode list ? list.Type : ((NonNullTypeNode)type).Type;
        }

        NamedType((NamedTypeNode)type);
    }

    private void NamedType(NamedTypeNode node)
    {
        Enter(RuleHook.EnterNamedType, node);
        Leave(RuleHook.EnterNamedType, node);
    }

    private void TypeSystemNode(SyntaxNode node)
    {
        Enter(RuleHook.EnterTypeSystemNode, node);
        switch (node)
        {
            case SchemaDefinitionNode schema:
                Directives(schema.Directives, DirectiveLocation.Schema);
                OperationTypes(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                Directives(schema.Directives, DirectiveLocation.Schema);
                OperationTypes(schema.OperationTypes);
                break;
            case ScalarTypeDefinitionNode scalar:
                Directives(scalar.Directives, DirectiveLocation.Scalar);
                break;
            case ScalarTypeExtensionNode scalar:
                Directives(scalar.Directives, DirectiveLocation.Scalar);
                break;
            case ObjectTypeDefinitionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, DirectiveLocation.Object);
                FieldDefinitions(type.Fields);
                break;
            case ObjectTypeExtensionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, DirectiveLocation.Object);
                FieldDefinitions(type.Fields);
                break;
            case InterfaceTypeDefinitionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, DirectiveLocation.Interface);
                FieldDefinitions(type.Fields);
                break;
            case InterfaceTypeExtensionNode type:
                NamedTypes(type.Interfaces);
                Directives(type.Directives, DirectiveLocation.Interface);
                FieldDefinitions(type.Fields);
                break;
            case UnionTypeDefinitionNode union:
                Directives(union.Directives, DirectiveLocation.Union);
                NamedTypes(union.Types);
                break;
            case UnionTypeExtensionNode union:
                Directives(union.Directives, DirectiveLocation.Union);
                NamedTypes(union.Types);
                break;
            case EnumTypeDefinitionNode type:
                Directives(type.Directives, DirectiveLocation.Enum);
                EnumValues(type.Values);
                break;
            case EnumTypeExtensionNode type:
                Directives(type.Directives, DirectiveLocation.Enum);
                EnumValues(type.Values);
                break;
            case InputObjectTypeDefinitionNode type:
                Directives(type.Directives, DirectiveLocation.InputObject);
                InputValues(type.Fields, DirectiveLocation.InputFieldDefinition);
                break;
            case InputObjectTypeExtensionNode type:
                // As graphql-js: only input object definitions (not extensions) make input field locations.
                Directives(type.Directives, DirectiveLocation.InputObject);
                InputValues(type.Fields, DirectiveLocation.ArgumentDefinition);
                break;
            case DirectiveDefinitionNode directive:
                InputValues(directive.Arguments, DirectiveLocation.ArgumentDefinition);
                break;
        }

        Leave(RuleHook.EnterTypeSystemNode, node);
    }

    private void OperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        for (var i = 0; i < operationTypes.Count; i++)
        {
            Enter(RuleHook.EnterTypeSystemNode, operationTypes[i]);
            NamedType(operationTypes[i].Type);
            Leave(RuleHook.EnterTypeSystemNode, operationTypes[i]);
        }
    }

    private void NamedTypes(IReadOnlyList<NamedTypeNode> types)
    {
        for (var i = 0; i < types.Count; i++)
        {
            NamedType(types[i]);
        }
    }

    private void FieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            Enter(RuleHook.EnterTypeSystemNode, field);
            InputValues(field.Arguments, DirectiveLocation.ArgumentDefinition);
            TypeReference(field.Type);
            Directives(field.Directives, DirectiveLocation.FieldDefinition);
            Leave(RuleHook.EnterTypeSystemNode, field);
        }
    }

    private void InputValues(IReadOnlyList<InputValueDefinitionNode> values, DirectiveLocation location)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            Enter(RuleHook.EnterTypeSystemNode, value);
            TypeReference(value.Type);
            if (value.DefaultValue is not null)
            {
                Value(value.DefaultValue);
            }

            Directives(value.Directives, location);
            Leave(RuleHook.EnterTypeSystemNode, value);
        }
    }

    private void EnumValues(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            Enter(RuleHook.EnterTypeSystemNode, values[i]);
            Directives(values[i].Directives, DirectiveLocation.EnumValue);
            Leave(RuleHook.EnterTypeSystemNode, values[i]);
        }
    }

    private void Enter(RuleHook hook, SyntaxNode node)
    {
        var rules = _plan[(int)hook];
        for (var i = 0; i < rules.Length; i++)
        {
            var index = rules[i];
            if (_skipping[index] is null && !Call(hook, _visitors[index], node))
            {
                _skipping[index] = node;
                _skipCount++;
            }
        }
    }

    private void Leave(RuleHook enterHook, SyntaxNode node)
    {
        if (_skipCount > 0)
        {
            StopSkipping(enterHook, node);
        }
    }

    private void Leave(RuleHook enterHook, RuleHook leaveHook, SyntaxNode node)
    {
        if (_skipCount > 0)
        {
            StopSkipping(enterHook, node);
        }

        var rules = _plan[(int)leaveHook];
        for (var i = 0; i < rules.Length; i++)
        {
            var index = rules[i];
            if (_skipping[index] is null)
            {
                CallLeave(leaveHook, _visitors[index], node);
            }
        }
    }

    private void StopSkipping(RuleHook enterHook, SyntaxNode node)
    {
        var rules = _plan[(int)enterHook];
        for (var i = 0; i < rules.Length; i++)
        {
            if (ReferenceEquals(_skipping[rules[i]], node))
            {
                _skipping[rules[i]] = null;
                _skipCount--;
            }
        }
    }

    private bool Call(RuleHook hook, ValidationRule rule, SyntaxNode node) => hook switch
    {
        RuleHook.EnterDocument => rule.EnterDocument(_context, (DocumentNode)node),
        RuleHook.EnterOperationDefinition => rule.EnterOperationDefinition(_context, (OperationDefinitionNode)node),
        RuleHook.EnterVariableDefinition => rule.EnterVariableDefinition(_context, (VariableDefinitionNode)node),
        RuleHook.EnterSelectionSet => rule.EnterSelectionSet(_context, (SelectionSetNode)node),
        RuleHook.EnterField => rule.EnterField(_context, (FieldNode)node),
        RuleHook.EnterArgument => rule.EnterArgument(_context, (ArgumentNode)node),
        RuleHook.EnterFragmentSpread => rule.EnterFragmentSpread(_context, (FragmentSpreadNode)node),
        RuleHook.EnterInlineFragment => rule.EnterInlineFragment(_context, (InlineFragmentNode)node),
        RuleHook.EnterFragmentDefinition => rule.EnterFragmentDefinition(_context, (FragmentDefinitionNode)node),
        RuleHook.EnterVariable => rule.EnterVariable(_context, (VariableNode)node),
        RuleHook.EnterLeafValue => rule.EnterLeafValue(_context, (IValueNode)node),
        RuleHook.EnterNullValue => rule.EnterNullValue(_context, (NullValueNode)node),
        RuleHook.EnterListValue => rule.EnterListValue(_context, (ListValueNode)node),
        RuleHook.EnterObjectValue => rule.EnterObjectValue(_context, (ObjectValueNode)node),
        RuleHook.EnterObjectField => rule.EnterObjectField(_context, (ObjectFieldNode)node),
        RuleHook.EnterDirective => rule.EnterDirective(_context, (DirectiveNode)node),
        RuleHook.EnterNamedType => rule.EnterNamedType(_context, (NamedTypeNode)node),
        _ => rule.EnterTypeSystemNode(_context, node),
    };

    private void CallLeave(RuleHook hook, ValidationRule rule, SyntaxNode node)
    {
        switch (hook)
        {
            case RuleHook.LeaveDocument:
                rule.LeaveDocument(_context, (DocumentNode)node);
                break;
            case RuleHook.LeaveOperationDefinition:
                rule.LeaveOperationDefinition(_context, (OperationDefinitionNode)node);
                break;
            case RuleHook.LeaveField:
                rule.LeaveField(_context, (FieldNode)node);
                break;
            case RuleHook.LeaveObjectValue:
                rule.LeaveObjectValue(_context, (ObjectValueNode)node);
                break;
            case RuleHook.LeaveDirective:
                rule.LeaveDirective(_context, (DirectiveNode)node);
                break;
        }
    }
}
