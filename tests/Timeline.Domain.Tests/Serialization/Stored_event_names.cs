using System.Reflection;
using Timeline.Domain.Records;
using Timeline.EventStore.Serialization;

namespace Timeline.Domain.Tests.Serialization;

public class Stored_event_names
{
    private static readonly Type[] RecordEventTypes = typeof(IRecordEvent).Assembly.GetTypes()
        .Where(t => typeof(IRecordEvent).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
        .ToArray();

    [Fact]
    public void Every_record_event_type_has_a_version_1_stored_name_that_maps_both_ways()
    {
        foreach (var type in RecordEventTypes)
        {
            var name = type.GetCustomAttribute<EventTypeAttribute>()?.Name;
            Assert.True(name is not null, $"{type.Name} has no [EventType]");
            Assert.EndsWith(".v1", name);
            Assert.Equal(name, EventTypeMap.NameOf(type));
            Assert.Equal(type, EventTypeMap.TypeOf(name));
        }
    }

    [Fact]
    public void No_two_event_types_share_a_stored_name()
    {
        var names = RecordEventTypes.Select(t => t.GetCustomAttribute<EventTypeAttribute>()?.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void The_stored_names_are_the_nine_activities_the_two_lifecycle_events_and_the_review()
    {
        string[] expected =
        [
            "AgreementSigned.v1", "DelegationVisited.v1", "TrainingHeld.v1", "ConferenceHeld.v1", "MeetingHeld.v1",
            "DonationMade.v1", "CompetitionHeld.v1", "ProgrammeLaunched.v1", "ActivityReported.v1",
            "RecordCorrected.v1", "RecordRetracted.v1", "RecordReviewed.v1",
        ];

        Assert.Equal(expected.Order(StringComparer.Ordinal), EventTypeMap.Names.Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, RecordEventTypes.Length);
    }

    [Fact]
    public void Each_kind_of_activity_is_stored_under_its_own_name()
    {
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            var recorded = Assert.IsAssignableFrom<IActivityRecorded>(OneEventOfEachType.ByStoredName[$"{kind}.v1"]);
            Assert.Equal(kind, ActivityKinds.Of(recorded));
        }
    }

    [Fact]
    public void An_unknown_stored_name_has_no_type() =>
        Assert.Null(EventTypeMap.TypeOf("AgreementSigned.v2"));

    [Fact]
    public void A_type_that_is_not_a_record_event_has_no_stored_name() =>
        Assert.Throws<InvalidOperationException>(() => EventTypeMap.NameOf(typeof(RecordState)));
}
