namespace Timeline.Domain.Dates;

/// <summary>How sure the source is of a date (EDTF level 1: <c>?</c>, <c>~</c> and <c>%</c> after the date).</summary>
public enum DateQualifier
{
    None,
    Uncertain,
    Approximate,
    UncertainAndApproximate,
}

internal static class DateQualifiers
{
    public static string Suffix(this DateQualifier qualifier) => qualifier switch
    {
        DateQualifier.Uncertain => "?",
        DateQualifier.Approximate => "~",
        DateQualifier.UncertainAndApproximate => "%",
        _ => "",
    };

    public static DateQualifier FromSuffix(char suffix) => suffix switch
    {
        '?' => DateQualifier.Uncertain,
        '~' => DateQualifier.Approximate,
        '%' => DateQualifier.UncertainAndApproximate,
        _ => DateQualifier.None,
    };

    /// <summary>Words put before a date for people: "possibly 2019", "about 2018".</summary>
    public static string Words(this DateQualifier qualifier) => qualifier switch
    {
        DateQualifier.Uncertain => "possibly ",
        DateQualifier.Approximate => "about ",
        DateQualifier.UncertainAndApproximate => "possibly about ",
        _ => "",
    };
}
