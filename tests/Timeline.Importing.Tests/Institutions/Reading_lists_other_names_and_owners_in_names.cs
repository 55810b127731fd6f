namespace Timeline.Importing.Tests;

public sealed class Reading_lists_other_names_and_owners_in_names
{
    [Theory]
    [InlineData("The OUC signed a memorandum with the Ministry of Education, Science and Sports of the Republic of Lithuania on 4 May 2019.",
        "ministry-of-education-science-and-sports-of-the-republic-of-lithuania")]
    [InlineData("The OUC trained officials of the Ministry of Education, Youth and Sport in Phnom Penh on 4 May 2019.",
        "ministry-of-education-youth-and-sport")]
    [InlineData("The OUC received officials of the Ministry of Education of the Lao People's Democratic Republic on 4 May 2019.",
        "ministry-of-education-of-the-lao-peoples-democratic-republic")]
    [InlineData("An OUC group visited the Education University of Hong Kong on 4 May 2019.", "education-university-of-hong-kong")]
    [InlineData("The OUC began a course through Kiang Wu Nursing College of Macau on 4 May 2019.", "kiang-wu-nursing-college-of-macau")]
    [InlineData("The OUC met the Distance Education Centre of the University of Malawi on 4 May 2019.", "university-of-malawi")]
    [InlineData("OUC teachers visited the Confucius Institute at the University of Hawaii on 4 May 2019.", "university-of-hawaii")]
    [InlineData("A delegation of Universiti Malaya (UM) visited the OUC on 4 May 2019.", "university-of-malaya")]
    public void A_name_is_read_whole_or_as_the_body_it_belongs_to(string text, string id) =>
        Assert.Equal(Sorted("ouc", id), Sorted([.. InstitutionFinder.Find(text).Select(i => i.Id)]));

    [Theory]
    [InlineData("Teachers from Hong Kong Metropolitan University (HKMU), known until 2021 as the Open University of Hong Kong, came to the OUC on 4 May 2019.", "hkmu")]
    [InlineData("A team from the National Distance Education University of Spain, known by its Spanish acronym UNED, visited the OUC on 4 May 2019.", "uned")]
    [InlineData("A team from the Lima Teachers College, formerly the Lima Normal School, visited the OUC on 4 May 2019.", "lima-teachers-college")]
    public void Another_name_of_a_body_names_no_second_body(string text, string id) =>
        Assert.Equal(Sorted("ouc", id), Sorted([.. InstitutionFinder.Find(text).Select(i => i.Id)]));

    [Theory]
    [InlineData("Guests from the University of Greenland came to the OUC on 4 May 2019, to share a need with Greenland's towns.")]
    [InlineData("The letter was signed on 4 May 2019 by Jing Degang, OUC president, and a dean of the University of Lima.")]
    public void A_place_s_possessive_or_a_person_with_a_role_after_an_acronym_is_no_partner(string text) =>
        Assert.Equal(2, InstitutionFinder.Find(text).Count);

    private static List<string> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];
}
