using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.4.2 Argument Uniqueness
/// <summary>No argument is given twice to one field or directive.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterField(ValidationContext context, FieldNode node)
    {
        Check(context, node.Arguments);
        return true;
    }

    /// <inheritdoc />
    public override bool EnterDirective(ValidationContext context, DirectiveNode node)
    {
        Check(context, node.Arguments);
        return true;
    }

    private static void Check(ValidationContext context, IReadOnlyList<ArgumentNode> arguments)
    {
        if (arguments.Count < 2)
        {
            return;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            var name = arguments[i].Name.Value;
            if (IsSeenBefore(arguments, i, name))
            {
                continue;
            }

            List<SyntaxNode>? duplicates = null;
            for (var j = i + 1; j < arguments.Count; j++)
            {
                if (arguments[j].Name.Value == name)
                {
                    duplicates ??= [arguments[i].Name];
                    duplicates.Add(arguments[j].Name);
                }
            }

            if (duplicates is not null)
            {
                context.ReportError(DocumentValidator.CreateError($"There can be only one argument named \"{name}\".", [.. duplicates]));
            }
        }
    }

    private static bool IsSeenBefore(IReadOnlyList<ArgumentNode> arguments, int index, string name)
    {
        for (var i = 0; i < index; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
