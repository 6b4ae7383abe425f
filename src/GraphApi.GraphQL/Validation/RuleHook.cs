namespace GraphApi.GraphQL.Validation;

/// <summary>The hooks of <see cref="ValidationRule"/>, one slot each, so that the walker calls only the rules overriding a hook.</summary>
internal enum RuleHook
{
    EnterDocument,
    LeaveDocument,
    EnterOperationDefinition,
    LeaveOperationDefinition,
    EnterVariableDefinition,
    EnterSelectionSet,
    EnterField,
    LeaveField,
    EnterArgument,
    EnterFragmentSpread,
    EnterInlineFragment,
    EnterFragmentDefinition,
    EnterVariable,
    EnterLeafValue,
    EnterNullValue,
    EnterListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    EnterDirective,
    LeaveDirective,
    EnterNamedType,
    EnterTypeSystemNode,
}
