using Timeline.Domain.Dates;
using Timeline.Domain.Institutions;
using Timeline.Domain.Records;

namespace Timeline.Projections.Tests;

/// <summary>A repeatable, varied log: records of several kinds, dates and countries, then corrections, reviews and retractions.</summary>
public static class RandomHistory
{
    private static readonly string[] Dates = ["2018-12-17", "2019-12", "2019", "2020-11-17/2020-11-18", "XXXX", "../2024-07-20", "2024-07-12", "2011-10-02"];
    private static readonly InstitutionRef[] Institutions = [Given.Ouc, Given.Psu, Given.Unesco];
    private static readonly string[] Countries = ["KZ", "MN", "MY", "TH", "ZM"];

    public static List<IRecordEvent> Events(int records, int seed = 42)
    {
        var random = new Random(seed);
        var events = new List<IRecordEvent>();
        var live = new List<string>();
        for (var i = 0; i < records; i++)
        {
            var id = $"r{i}";
            var institutions = Institutions.Where((_, k) => k == 0 || random.Next(2) == 0).ToArray();
            var date = Dates[random.Next(Dates.Length)];
            events.Add(random.Next(2) == 0
                ? Given.Meeting(id, date, institutions)
                : Given.Visit(id, date, institutions, Countries[random.Next(Countries.Length)]));
            live.Add(id);
            if (random.Next(3) == 0)
            {
                var target = live[random.Next(live.Count)];
                events.Add(new RecordCorrected(target, new FactChanges(Date: HistoricalDate.Parse(Dates[random.Next(Dates.Length)])), "date fixed"));
            }
            if (random.Next(6) == 0)
            {
                var target = live[random.Next(live.Count)];
                events.Add(new RecordReviewed(target, (ReviewVerdict)random.Next(3), random.Next(2) == 0 ? null : "checked"));
            }
            if (random.Next(8) == 0)
            {
                var target = live[random.Next(live.Count)];
                live.Remove(target);
                events.Add(new RecordRetracted(target, "not an activity"));
            }
        }
        return events;
    }
}
