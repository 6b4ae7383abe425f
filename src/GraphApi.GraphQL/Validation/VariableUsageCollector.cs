using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation;

// graphql-js ValidationContext.getVariableUsages: a walk of one definition with its own TypeInfo.
/// <summary>Collects the variables used in one operation or fragment, with the input types expected where they stand.</summary>
internal readonly struct VariableUsageCollector(TypeInfo typeInfo, List<VariableUsage> usages)
{
    public void Collect(IExecutableDefinitionNode definition)
    {
        if (definition is OperationDefinitionNode operation)
        {
            typeInfo.EnterOperation(operation);
            Directives(operation.Directives);
            SelectionSet(operation.SelectionSet);
        }
        else if (definition is FragmentDefinitionNode fragment)
        {
            typeInfo.EnterFragment(fragment.TypeCondition);
            Directives(fragment.Directives);
            SelectionSet(fragment.SelectionSet);
        }

        typeInfo.LeaveOutputType();
    }

    private void SelectionSet(SelectionSetNode selectionSet)
    {
        typeInfo.EnterSelectionSet();
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    typeInfo.EnterField(field);
                    Arguments(field.Arguments);
                    Directives(field.Directives);
                    if (field.SelectionSet is not null)
                    {
                        SelectionSet(field.SelectionSet);
                    }

                    typeInfo.LeaveField();
                    break;
                case FragmentSpreadNode spread:
                    Directives(spread.Directives);
                    break;
                case InlineFragmentNode inline:
                    typeInfo.EnterFragment(inline.TypeCondition);
                    Directives(inline.Directives);
                    SelectionSet(inline.SelectionSet);
                    typeInfo.LeaveOutputType();
                    break;
            }
        }

        typeInfo.LeaveSelectionSet();
    }

    private void Directives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            typeInfo.EnterDirective(directives[i]);
            Arguments(directives[i].Arguments);
            typeInfo.LeaveDirective();
        }
    }

    private void Arguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            typeInfo.EnterArgument(arguments[i]);
            Value(arguments[i].Value);
            typeInfo.LeaveArgument();
        }
    }

    private void Value(IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValue, typeInfo.ParentInputType));
                break;
            case ListValueNode list:
                typeInfo.EnterListValue();
                for (var i = 0; i < list.Values.Count; i++)
                {
                    Value(list.Values[i]);
                }

                typeInfo.LeaveInputPosition();
                break;
            case ObjectValueNode obj:
                for (var i = 0; i < obj.Fields.Count; i++)
                {
                    typeInfo.EnterObjectField(obj.Fields[i]);
                    Value(obj.Fields[i].Value);
                    typeInfo.LeaveInputPosition();
                }

                break;
        }
    }
}
