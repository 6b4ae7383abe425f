using AutoMapper;

namespace GraphApi.Api;

/// <summary>
/// Base of the folders' AutoMapper profiles from mutation inputs to entities. Texts arrive trimmed (a blank one as
/// null, which clears an optional field), and maps are validated from the source side, so an input field that lands
/// nowhere fails the configuration test.
/// </summary>
public abstract class InputProfile : Profile
{
    protected InputProfile() => ValueTransformers.Add<string>(text => string.IsNullOrWhiteSpace(text) ? null! : text.Trim());
}
