using GraphApi.GraphQL.Language;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.6.1 Values of Correct Type, §5.6.2 Input Object Field Names, §5.6.4 Input Object Required Fields, and @oneOf
/// <summary>Every literal value is valid for the input type expected where it stands.</summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterListValue(ValidationContext context, ListValueNode node)
    {
        // The walk already stands at the item type, so the list type is the parent input type.
        if (context.ParentInputType?.Nullable is ListType)
        {
            return true;
        }

        CheckLeafValue(context, node);
        return false;
    }

    /// <inheritdoc />
    public override bool EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        if (context.InputType?.GetNamedType() is not InputObjectType type)
        {
            CheckLeafValue(context, node);
            return false;
        }

        foreach (var fieldDef in type.Fields)
        {
            if (fieldDef.Type is NonNullType && fieldDef.DefaultValue is null && FindLastField(node, fieldDef.Name) is null)
            {
                context.ReportError($"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", node);
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(context, node, type);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        if (context.InputType is null && context.ParentInputType?.GetNamedType() is InputObjectType parentType)
        {
            var suggestions = new List<string>();
            if (!context.HideSuggestions)
            {
                var names = new List<string>(parentType.Fields.Count);
                foreach (var field in parentType.Fields)
                {
                    names.Add(field.Name);
                }

                suggestions = Suggestions.List(node.Name.Value, names);
            }

            context.ReportError($"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + Suggestions.DidYouMean(suggestions), node);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterNullValue(ValidationContext context, NullValueNode node)
    {
        if (context.InputType is NonNullType type)
        {
            context.ReportError($"Expected value of type \"{type}\", found null.", node);
        }

        return true;
    }

    /// <inheritdoc />
    public override bool EnterLeafValue(ValidationContext context, IValueNode node)
    {
        CheckLeafValue(context, node);
        return true;
    }

    private static void CheckLeafValue(ValidationContext context, IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return;
        }

        var syntaxNode = (SyntaxNode)node;
        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                CheckEnumValue(context, node, enumType);
                break;
            case ScalarType scalarType:
                try
                {
                    scalarType.ParseLiteral(node);
                }
                catch (GraphQLException exception)
                {
                    context.ReportError(exception.Message, syntaxNode);
                }
                catch (Exception exception)
                {
                    context.ReportError($"Expected value of type \"{locationType}\", found {Printer.PrintValue(node)}; {exception.Message}", syntaxNode);
                }

                break;
            default:
                context.ReportError($"Expected value of type \"{locationType}\", found {Printer.PrintValue(node)}.", syntaxNode);
                break;
        }
    }

    // graphql-js GraphQLEnumType.parseLiteral, whose errors this rule reports.
    private static void CheckEnumValue(ValidationContext context, IValueNode node, EnumType enumType)
    {
        if (node is EnumValueNode enumValue && enumType.Find(enumValue.Value) is not null)
        {
            return;
        }

        var printed = Printer.PrintValue(node);
        var message = node is EnumValueNode
            ? $"Value \"{printed}\" does not exist in \"{enumType.Name}\" enum."
            : $"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.";
        if (!context.HideSuggestions)
        {
            var names = new List<string>(enumType.Values.Count);
            foreach (var value in enumType.Values)
            {
                names.Add(value.Name);
            }

            message += Suggestions.DidYouMean("the enum value", Suggestions.List(printed, names));
        }

        context.ReportError(message, (SyntaxNode)node);
    }

    private static void CheckOneOf(ValidationContext context, ObjectValueNode node, InputObjectType type)
    {
        var fields = node.Fields;
        var distinctCount = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            if (FindLastField(node, fields[i].Name.Value) == fields[i])
            {
                distinctCount++;
            }
        }

        if (distinctCount != 1)
        {
            context.ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        var key = fields[0].Name.Value;
        if (FindLastField(node, key)!.Value is NullValueNode)
        {
            context.ReportError($"Field \"{type.Name}.{key}\" must be non-null.", node);
        }
    }

    private static ObjectFieldNode? FindLastField(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (fields[i].Name.Value == name)
            {
                return fields[i];
            }
        }

        return null;
    }
}
