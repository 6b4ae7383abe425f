using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Validation.Rules;

// Spec §5.3.1 Field Selections
/// <summary>Every selected field is defined on the type it is selected on.</summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    /// <inheritdoc />
    public override bool EnterField(ValidationContext context, FieldNode node)
    {
        if (context.ParentType is not { } type || context.FieldDefinition is not null)
        {
            return true;
        }

        var fieldName = node.Name.Value;
        var suggestion = Suggestions.DidYouMean(
            "to use an inline fragment on",
            context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName));
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
        return true;
    }

    // The types that do have the field, most used first, super types before their subtypes.
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (type.Kind is not (TypeKind.Interface or TypeKind.Union))
        {
            return [];
        }

        var suggestedTypes = new List<NamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.Fields.Find(fieldName) is null)
            {
                continue;
            }

            if (!suggestedTypes.Contains(possibleType))
            {
                suggestedTypes.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.Fields.Find(fieldName) is null)
                {
                    continue;
                }

                if (!suggestedTypes.Contains(possibleInterface))
                {
                    suggestedTypes.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        var ordered = suggestedTypes.ToArray();
        // A stable sort, as JavaScript's Array.prototype.sort is.
        var indexed = new (NamedType Type, int Index)[ordered.Length];
        for (var i = 0; i < ordered.Length; i++)
        {
            indexed[i] = (ordered[i], i);
        }

        Array.Sort(indexed, (a, b) =>
        {
            var compared = Compare(schema, usageCount, a.Type, b.Type);
            return compared != 0 ? compared : a.Index - b.Index;
        });

        var names = new List<string>(indexed.Length);
        foreach (var (suggested, _) in indexed)
        {
            names.Add(suggested.Name);
        }

        return names;
    }

    private static int Compare(Schema schema, Dictionary<string, int> usageCount, NamedType a, NamedType b)
    {
        var usageCountDiff = usageCount[b.Name] - usageCount[a.Name];
        if (usageCountDiff != 0)
        {
            return usageCountDiff;
        }

        if (a is InterfaceType && schema.IsSubType(a, b))
        {
            return -1;
        }

        if (b is InterfaceType && schema.IsSubType(b, a))
        {
            return 1;
        }

        return Suggestions.NaturalCompare(a.Name, b.Name);
    }

    private static List<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not IComplexOutputType complex)
        {
            return [];
        }

        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields)
        {
            names.Add(field.Name);
        }

        return Suggestions.List(fieldName, names);
    }
}
