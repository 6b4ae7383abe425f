using GraphApi.GraphQL.Types;
using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Security;

/// <summary>
/// Marks a field public: an operation selecting only such fields may run without a key. Every other field needs an
/// authenticated caller (see <see cref="OperationAdmissionPolicy"/>); this is the explicit opt-out.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property)]
public sealed class AllowAnonymousAttribute : FieldConfigurationAttribute
{
    private const string Feature = "GraphApi.Security.AllowAnonymous";

    /// <summary>Whether <paramref name="field"/> was marked public.</summary>
    public static bool IsSet(FieldDefinition field) => field.Features.ContainsKey(Feature);

    /// <inheritdoc />
    public override void Configure(FieldConfigurationContext context) => context.Field.Features[Feature] = true;
}
