namespace GraphApi.GraphQL.AspNetCore.Tests;

/// <summary>A fact skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Skipped: {ChromiumPath} is missing (install Debian's chromium: apt-get install -y chromium; .ci/run does this when it can).";
        }
    }
}
