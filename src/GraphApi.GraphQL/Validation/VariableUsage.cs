using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation;

/// <summary>
/// A variable used in a value position: the variable, the input type expected there, the default
/// value of that position (an argument's or input field's), and the input type of the enclosing position.
/// </summary>
/// <param name="Node">The variable.</param>
/// <param name="Type">The input type expected where it stands; null when unknown.</param>
/// <param name="DefaultValue">The default value of the argument or input field it is given to, if any.</param>
/// <param name="ParentType">The input type of the enclosing list or input object position, if any.</param>
public readonly record struct VariableUsage(VariableNode Node, GraphQLType? Type, IValueNode? DefaultValue, GraphQLType? ParentType);
