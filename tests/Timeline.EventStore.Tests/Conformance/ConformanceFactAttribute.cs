using Xunit.Abstractions;
using Xunit.Sdk;

namespace Timeline.EventStore.Tests.Conformance;

/// <summary>
/// A conformance test. It runs unless the concrete suite class needs an environment variable that is not set
/// (see <see cref="RequiresEnvironmentVariableAttribute"/>); then it shows as skipped, saying which.
/// </summary>
[XunitTestCaseDiscoverer("Timeline.EventStore.Tests.Conformance.ConformanceFactDiscoverer", "Timeline.EventStore.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute;

/// <summary>The suite class runs only where this environment variable holds a value, e.g. a server's address.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentVariableAttribute(string name, string purpose) : Attribute
{
    public string Name { get; } = name;
    public string Purpose { get; } = purpose;
}

public sealed class ConformanceFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new ConformanceTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>A test case whose skip reason is read from the class that runs it, not from the base class that declares it.</summary>
public sealed class ConformanceTestCase : XunitTestCase
{
    [Obsolete("For deserialization only.")]
    public ConformanceTestCase()
    {
    }

    public ConformanceTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod)
        : base(diagnostics, display, displayOptions, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        foreach (var required in TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentVariableAttribute)))
        {
            var arguments = required.GetConstructorArguments().Cast<string>().ToArray();
            if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(arguments[0])))
                return $"{arguments[0]} is not set: set it to {arguments[1]} to run these tests.";
        }
        return base.GetSkipReason(factAttribute);
    }
}
