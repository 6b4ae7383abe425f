using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// A validation rule: hooks called as <see cref="DocumentValidator"/> walks the document once for
/// all rules (graphql-js's visitInParallel). Override only the hooks the rule needs: the walker calls
/// a rule only for the node kinds whose hooks it overrides. An enter hook returns false to skip the
/// node's children, and the matching leave hook, for this rule only.
/// </summary>
/// <remarks>
/// A rule instance may be shared by concurrent validations; a rule that keeps state between hooks
/// returns a fresh instance from <see cref="CreateVisitor"/>.
/// </remarks>
public abstract class ValidationRule
{
    /// <summary>The rule that receives the hooks for one validation; by default this (stateless) instance.</summary>
    public virtual ValidationRule CreateVisitor(ValidationContext context) => this;

    /// <summary>Entering the document.</summary>
    public virtual bool EnterDocument(ValidationContext context, DocumentNode node) => true;

    /// <summary>Leaving the document.</summary>
    public virtual void LeaveDocument(ValidationContext context, DocumentNode node)
    {
    }

    /// <summary>Entering an operation.</summary>
    public virtual bool EnterOperationDefinition(ValidationContext context, OperationDefinitionNode node) => true;

    /// <summary>Leaving an operation.</summary>
    public virtual void LeaveOperationDefinition(ValidationContext context, OperationDefinitionNode node)
    {
    }

    /// <summary>Entering a variable definition.</summary>
    public virtual bool EnterVariableDefinition(ValidationContext context, VariableDefinitionNode node) => true;

    /// <summary>Entering a selection set.</summary>
    public virtual bool EnterSelectionSet(ValidationContext context, SelectionSetNode node) => true;

    /// <summary>Entering a field.</summary>
    public virtual bool EnterField(ValidationContext context, FieldNode node) => true;

    /// <summary>Leaving a field.</summary>
    public virtual void LeaveField(ValidationContext context, FieldNode node)
    {
    }

    /// <summary>Entering an argument of a field or directive.</summary>
    public virtual bool EnterArgument(ValidationContext context, ArgumentNode node) => true;

    /// <summary>Entering a fragment spread.</summary>
    public virtual bool EnterFragmentSpread(ValidationContext context, FragmentSpreadNode node) => true;

    /// <summary>Entering an inline fragment.</summary>
    public virtual bool EnterInlineFragment(ValidationContext context, InlineFragmentNode node) => true;

    /// <summary>Entering a fragment definition.</summary>
    public virtual bool EnterFragmentDefinition(ValidationContext context, FragmentDefinitionNode node) => true;

    /// <summary>Entering a variable, in a value or a variable definition.</summary>
    public virtual bool EnterVariable(ValidationContext context, VariableNode node) => true;

    /// <summary>Entering a scalar or enum literal (Int, Float, String, Boolean or Enum value).</summary>
    public virtual bool EnterLeafValue(ValidationContext context, IValueNode node) => true;

    /// <summary>Entering a <c>null</c> literal.</summary>
    public virtual bool EnterNullValue(ValidationContext context, NullValueNode node) => true;

    /// <summary>Entering a list literal.</summary>
    public virtual bool EnterListValue(ValidationContext context, ListValueNode node) => true;

    /// <summary>Entering an input object literal.</summary>
    public virtual bool EnterObjectValue(ValidationContext context, ObjectValueNode node) => true;

    /// <summary>Leaving an input object literal.</summary>
    public virtual void LeaveObjectValue(ValidationContext context, ObjectValueNode node)
    {
    }

    /// <summary>Entering a field of an input object literal.</summary>
    public virtual bool EnterObjectField(ValidationContext context, ObjectFieldNode node) => true;

    /// <summary>Entering a directive.</summary>
    public virtual bool EnterDirective(ValidationContext context, DirectiveNode node) => true;

    /// <summary>Leaving a directive.</summary>
    public virtual void LeaveDirective(ValidationContext context, DirectiveNode node)
    {
    }

    /// <summary>Entering a named type reference.</summary>
    public virtual bool EnterNamedType(ValidationContext context, NamedTypeNode node) => true;

    /// <summary>Entering a type system node found in an executable document: schema, type and directive definitions and extensions, field, argument, input field and enum value definitions.</summary>
    public virtual bool EnterTypeSystemNode(ValidationContext context, SyntaxNode node) => true;
}
