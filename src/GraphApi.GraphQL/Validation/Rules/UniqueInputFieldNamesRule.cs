using GraphApi.GraphQL.Language.Ast;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.6.3 Input Object Field Uniqueness
/// <summary>No field is given twice in one input object literal.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    private readonly List<ObjectValueNode> _objects = [];

    /// <inheritdoc />
    public override ValidationRule CreateVisitor(ValidationContext context) => new UniqueInputFieldNamesRule();

    /// <inheritdoc />
    public override bool EnterObjectValue(ValidationContext context, ObjectValueNode node)
    {
        _objects.Add(node);
        return true;
    }

    /// <inheritdoc />
    public override void LeaveObjectValue(ValidationContext context, ObjectValueNode node) => _objects.RemoveAt(_objects.Count - 1);

    /// <inheritdoc />
    public override bool EnterObjectField(ValidationContext context, ObjectFieldNode node)
    {
        var fields = _objects[^1].Fields;
        var name = node.Name.Value;
        for (var i = 0; i < fields.Count && !ReferenceEquals(fields[i], node); i++)
        {
            if (fields[i].Name.Value == name)
            {
                context.ReportError($"There can be only one input field named \"{name}\".", fields[i].Name, node.Name);
                break;
            }
        }

        return true;
    }
}
