namespace GraphApi.GraphQL.Language.Ast;

// Spec §2.9 Input Values
/// <summary>A literal or variable value in the source.</summary>
public interface IValueNode
{
    /// <summary>The node's kind.</summary>
    SyntaxKind Kind { get; }

    /// <summary>Where the value stands in the source.</summary>
    Location Location { get; }
}

// Spec §2.10 Variables
/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : SyntaxNode, IValueNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.Variable;

    /// <inheritdoc />
    public required NameNode Name { get; init; }
}

// Spec §2.9.1 Int Value
/// <summary>An integer literal, kept as written so that no precision is lost before coercion.</summary>
public sealed class IntValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.IntValue;

    /// <summary>The literal's text, e.g. <c>-42</c>.</summary>
    public required string Value { get; init; }
}

// Spec §2.9.2 Float Value
/// <summary>A float literal, kept as written.</summary>
public sealed class FloatValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.FloatValue;

    /// <summary>The literal's text, e.g. <c>6.0221e23</c>.</summary>
    public required string Value { get; init; }
}

// Spec §2.9.4 String Value
/// <summary>A string or block string literal, with escapes and block indentation already resolved.</summary>
public sealed class StringValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.StringValue;

    /// <summary>The string's value.</summary>
    public required string Value { get; init; }

    /// <summary>Whether it was written as a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; init; }
}

// Spec §2.9.3 Boolean Value
/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed class BooleanValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;

    /// <summary>The value.</summary>
    public required bool Value { get; init; }
}

// Spec §2.9.5 Null Value
/// <summary><c>null</c>.</summary>
public sealed class NullValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

// Spec §2.9.6 Enum Value
/// <summary>An enum value: a name other than true, false or null.</summary>
public sealed class EnumValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public required string Value { get; init; }
}

// Spec §2.9.7 List Value
/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ListValue;

    /// <summary>The items, in order.</summary>
    public required IReadOnlyList<IValueNode> Values { get; init; }
}

// Spec §2.9.8 Input Object Values
/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValueNode : SyntaxNode, IValueNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;

    /// <summary>The fields, in source order.</summary>
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode, INamedSyntaxNode
{
    /// <inheritdoc />
    public override SyntaxKind Kind => SyntaxKind.ObjectField;

    /// <inheritdoc />
    public required NameNode Name { get; init; }

    /// <summary>The field's value.</summary>
    public required IValueNode Value { get; init; }
}
