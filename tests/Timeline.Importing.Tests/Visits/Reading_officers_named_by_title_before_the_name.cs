using Timeline.Domain.Records;

namespace Timeline.Importing.Tests;

/// <summary>
/// The home university's officers named by their title before the name ("OUC Secretary of the Party Committee Zhang Hua",
/// "Vice President Wang Lin of the Open University of China"), as the ones who host or the ones who go.
/// </summary>
public sealed class Reading_officers_named_by_title_before_the_name
{
    [Theory]
    [InlineData("OUC Secretary of the Party Committee Li Na met with the visiting rector of the University of Lima on 3 May 2021.")]
    [InlineData("Vice President Wang Lin of the Open University of China received a delegation of the University of Lima on 3 May 2021.")]
    public void An_officer_who_hosts_keeps_the_visit_at_home(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Inbound, reading.Direction);
    }

    [Theory]
    [InlineData("On 3 May 2021, Vice President Wang Lin of the Open University of China paid a courtesy call on the Ambassador of Peru in Beijing.")]
    [InlineData("OUC Secretary of the Party Committee Li Na visited the University of Lima on 3 May 2021.")]
    public void An_officer_who_calls_on_others_went_out(string text)
    {
        var reading = AnnouncementExtractor.Extract(text, 0, null);

        Assert.Equal(ActivityKind.DelegationVisited, reading.Kind);
        Assert.Equal(VisitDirection.Outbound, reading.Direction);
    }
}
