using Timeline.Importing;

namespace Timeline.Importing.Tests;

public sealed class Reading_date_phrases
{
    [Theory]
    [InlineData("signed on 17 December 2018 in Beijing", null, "2018-12-17")]
    [InlineData("a workshop held 17-18 November 2020", null, "2020-11-17/2020-11-18")]
    [InlineData("From 24-28 December 2019, a delegation visited", null, "2019-12-24/2019-12-28")]
    [InlineData("From 1-8 December 2019, a delegation visited", null, "2019-12-01/2019-12-08")]
    [InlineData("On the afternoon of 19 May 2020, the two sides signed", null, "2020-05-19")]
    [InlineData("launched the programme on 14 July 2024", null, "2024-07-14")]
    [InlineData("In June 2014, the university opened a centre", null, "2014-06")]
    [InlineData("On October 2nd, 2011, the agreement was signed", null, "2011-10-02")]
    [InlineData("From September 25th to 28th, 2011, a delegation visited", null, "2011-09-25/2011-09-28")]
    [InlineData("on the 16th of October, 2018, the two universities met", null, "2018-10-16")]
    [InlineData("from 30 November to 2 December 2019 the team toured", null, "2019-11-30/2019-12-02")]
    [InlineData("In 2015, a delegation visited Germany", null, "2015")]
    [InlineData("between 12-13 November, the sides signed", "2023-12-05", "2023-11-12/2023-11-13")]
    [InlineData("between 12-13 November, the sides signed", "2024-03-01", "2023-11-12/2023-11-13")]
    [InlineData("between 12-13 November, the sides signed", null, "XXXX")]
    [InlineData("Recently, the university held a meeting", "2024-07-20", "../2024-07-20")]
    [InlineData("Recently, the university held a meeting", null, "XXXX")]
    [InlineData("students may 12 times a year attend", null, "XXXX")]
    [InlineData("the agreement was signed on 2019-06-18 in Doha", null, "2019-06-18")]
    [InlineData("a workshop took place in Cape Town on 29.10.2019", null, "2019-10-29")]
    [InlineData("a workshop took place in Cape Town on 29/10/2019", null, "2019-10-29")]
    [InlineData("the course opened in Denver on 10/29/2019", null, "2019-10-29")]
    [InlineData("the course opened in Perth on 5/08/2019", null, "XXXX")]
    [InlineData("the talks began at 10.30 on 2 May 2021", null, "2021-05-02")]
    [InlineData("In 2014-2015, the university trained 2,000 workers", null, "2014/2015")]
    [InlineData("in the first quarter of 2018 the project started", null, "2018")]
    [InlineData("held its yearly meeting on the last day of 2019", null, "2019-12-31")]
    [InlineData("a forum opened on 25 May 2021 and closed the following day", null, "2021-05-25/2021-05-26")]
    [InlineData("Last month, the OUC gave 50 tablets to a school", "2018-08-15", "2018-07")]
    [InlineData("Last month, the OUC gave 50 tablets to a school", "2018-01-15", "2017-12")]
    [InlineData("Earlier this month, the two sides sealed an agreement", "2021-05-27", "2021-05")]
    [InlineData("Earlier this month, the two sides sealed an agreement", null, "XXXX")]
    [InlineData("On Wednesday, the university hosted a delegation", "2024-03-15", "2024-03-13")]
    [InlineData("On Friday, the university hosted a delegation", "2024-03-15", "2024-03-15")]
    [InlineData("On Monday, 11 January 2021, the two presidents met", "2021-02-01", "2021-01-11")]
    [InlineData("Last week, the two universities signed an agreement", "2023-06-12", "../2023-06-12")]
    [InlineData("a videoconference held on 2021.05.03", null, "2021-05-03")]
    [InlineData("Yesterday the OUC opened a centre", "2021-05-03", "2021-05-02")]
    [InlineData("OUC tutors spent the spring semester of 2021 in Lima", null, "2021")]
    [InlineData("in the fall term of 2020, staff were trained", null, "2020")]
    public void A_date_phrase_becomes_an_EDTF_date_no_more_precise_than_its_words(string text, string? publishedOn, string expected)
    {
        DateOnly? published = publishedOn is null ? null : DateOnly.Parse(publishedOn, System.Globalization.CultureInfo.InvariantCulture);

        var date = DatePhrases.Find(text, published, out _);

        Assert.Equal(expected, date.ToString());
    }
}
