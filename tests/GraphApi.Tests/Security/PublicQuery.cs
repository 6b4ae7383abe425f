using GraphApi.Security;

namespace GraphApi.Tests.Security;

/// <summary>A query root with one public field and one that is not, for <see cref="FieldAuthorizationTests"/>.</summary>
public sealed class PublicQuery
{
    [AllowAnonymous]
    public string Version => "1.0";

    public string Secret => "s3cret";
}
