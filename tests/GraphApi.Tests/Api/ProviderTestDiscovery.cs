using Xunit.Abstractions;
using Xunit.Sdk;

namespace GraphApi.Tests.Api;

/// <summary>Marks a test class as the PostgreSQL run of an API test class: skipped, with the reason, when no cluster is available.</summary>
public interface IRunsOnPostgres;

/// <summary>A fact of the API suite, which runs on SQLite and, in <see cref="IRunsOnPostgres"/> classes, on PostgreSQL.</summary>
[XunitTestCaseDiscoverer("GraphApi.Tests.Api.ApiFactDiscoverer", "GraphApi.Tests")]
public sealed class ApiFactAttribute : FactAttribute;

/// <summary>A theory of the API suite, which runs on SQLite and, in <see cref="IRunsOnPostgres"/> classes, on PostgreSQL.</summary>
[XunitTestCaseDiscoverer("GraphApi.Tests.Api.ApiTheoryDiscoverer", "GraphApi.Tests")]
public sealed class ApiTheoryAttribute : TheoryAttribute;

public sealed class ApiFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        ProviderSkip.Reason(testMethod) is not null
            ? [new ProviderSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}

public sealed class ApiTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        ProviderSkip.Reason(testMethod) is not null
            ? [new ProviderSkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}

/// <summary>A test of a PostgreSQL class when no cluster is available: reported as skipped, with why.</summary>
public sealed class ProviderSkippedTestCase : XunitTestCase
{
    [Obsolete("For deserialization only.")]
    public ProviderSkippedTestCase()
    {
    }

    public ProviderSkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => ProviderSkip.Reason(TestMethod) ?? base.GetSkipReason(factAttribute);
}

internal static class ProviderSkip
{
    public static string? Reason(ITestMethod method) =>
        typeof(IRunsOnPostgres).IsAssignableFrom(method.TestClass.Class.ToRuntimeType()) ? TestPostgres.SkipReason : null;
}
