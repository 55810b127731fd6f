using System.Xml.Linq;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests;

/// <summary>The domain stays free of messaging, RPC, storage and hosting packages: it is plain C# over the BCL.</summary>
public class ArchitectureTests
{
    public static readonly TheoryData<string> ForbiddenPrefixes = new(
        "MediatR", "MassTransit", "Grpc", "Google.Protobuf", "Microsoft.Data.Sqlite", "SQLitePCLRaw", "EventStore",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions");

    [Theory]
    [MemberData(nameof(ForbiddenPrefixes))]
    public void The_domain_assembly_references_no_infrastructure_assembly(string prefix)
    {
        var offending = typeof(IRecordEvent).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

        Assert.Empty(offending);
    }

    [Fact]
    public void The_reference_check_does_see_an_adapter_s_storage_package() =>
        Assert.Contains(typeof(RecordEventSerializer).Assembly.GetReferencedAssemblies(), a => a.Name == "Microsoft.Data.Sqlite");

    [Fact]
    public void The_domain_project_has_no_package_reference()
    {
        var project = XDocument.Load(Path.Combine(SolutionDirectory(), "src", "Timeline.Domain", "Timeline.Domain.csproj"));

        Assert.DoesNotContain(project.Descendants(), e => e.Name.LocalName == "PackageReference");
    }

    [Fact]
    public void The_domain_project_references_no_other_project()
    {
        var project = XDocument.Load(Path.Combine(SolutionDirectory(), "src", "Timeline.Domain", "Timeline.Domain.csproj"));

        Assert.DoesNotContain(project.Descendants(), e => e.Name.LocalName == "ProjectReference");
    }

    private static string SolutionDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OucTimeline.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No OucTimeline.sln above {AppContext.BaseDirectory}.");
    }
}
