using GraphApi.Api;
using GraphApi.GraphQL.Types;

namespace GraphApi.Audit;

/// <summary>Tells the request's <see cref="MutationContext"/> which mutation field runs, so its audit entry names it.</summary>
public static class AuditedMutation
{
    /// <summary>Wraps <paramref name="field"/>'s resolver to set <see cref="MutationContext.Current"/> first.</summary>
    public static void Name(FieldDefinition field)
    {
        if (field.Resolver is not { } resolve)
        {
            return;
        }

        var name = field.Name;
        field.Resolver = context =>
        {
            if (context.Services.GetService(typeof(MutationContext)) is MutationContext mutation)
            {
                mutation.Current = name;
            }

            return resolve(context);
        };
    }
}
