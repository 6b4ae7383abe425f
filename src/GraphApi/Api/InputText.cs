using Riok.Mapperly.Abstractions;

// Every input mapper: an input member that lands nowhere is a build error (RMG020, see .editorconfig), and a member left
// out (null) leaves the entity's value as it is.
[assembly: MapperDefaults(RequiredMappingStrategy = RequiredMappingStrategy.Source, AllowNullPropertyAssignment = false)]

namespace GraphApi.Api;

/// <summary>How the input mappers (<see cref="UseStaticMapperAttribute"/>) map every text that was given.</summary>
public static class InputText
{
    /// <summary>
    /// The text trimmed, or null when it is blank: that clears an optional field (required ones are checked before mapping,
    /// hence the non-nullable signature Mapperly needs). Mapperly calls it only for a text that is there, so that a field
    /// left out (null) stays as it is.
    /// </summary>
    [UserMapping(Default = true)]
    public static string Trim(string text) => string.IsNullOrWhiteSpace(text) ? null! : text.Trim();
}
