using System.Text;
using Timeline.Projections.Catalogue;

namespace Timeline.Api.Web;

/// <summary>
/// The answers a page shell will read first, named in a <c>Link: rel=preload</c> header of the shell itself, so the
/// browser asks for them with the page's stylesheet and modules instead of after its modules have run. Each URL is
/// spelled exactly as the page's script spells it (<c>js/api.js</c> <c>query()</c>, parameters in the same order), or
/// the browser would not match it and would ask twice.
/// </summary>
public static class PagePreloads
{
    /// <summary>The dashboard's filters, in the order <c>js/filters.js</c> <c>filtersOf()</c> reads them.</summary>
    private static readonly string[] DashboardFilters = ["institution", "country", "kinds", "from", "to", "asOf"];

    /// <summary>A timeline's filters, in the order <c>js/timeline-page.js</c> reads them.</summary>
    private static readonly string[] TimelineFilters = ["kinds", "from", "to", "asOf"];

    /// <summary>The entries a timeline page asks for at once, and the most it reads (<c>js/timeline-page.js</c>).</summary>
    public const int TimelinePageSize = 500;
    public const int TimelineMostEntries = 2000;

    public static void AddDashboard(HttpContext context) => Add(context,
        $"/api/activity/by-year{Query(context.Request.Query, DashboardFilters)}",
        "/api/institutions?pageSize=8",
        "/api/countries?pageSize=8");

    /// <summary>
    /// The first page of a timeline, and the pages after it that the page will ask for once the first has told it how
    /// many records there are: known from the counts the fold keeps when no filter is given, so they can all be on
    /// their way together.
    /// </summary>
    public static async Task AddInstitutionTimelineAsync(HttpContext context, string institutionId)
    {
        var records = Unfiltered(context)
            ? (await context.RequestServices.GetRequiredService<CatalogueQueries>().InstitutionAsync(institutionId, context.RequestAborted))?.Records
            : null;
        AddTimeline(context, $"institutions/{EncodeComponent(institutionId)}", records);
    }

    public static async Task AddCountryTimelineAsync(HttpContext context, string countryCode)
    {
        var records = Unfiltered(context)
            ? (await context.RequestServices.GetRequiredService<CatalogueQueries>().CountriesAsync(CataloguePage.Everything, context.RequestAborted))
                .Entries.FirstOrDefault(country => string.Equals(country.Code, countryCode, StringComparison.OrdinalIgnoreCase))?.Records
            : null;
        AddTimeline(context, $"countries/{EncodeComponent(countryCode)}", records);
    }

    private static bool Unfiltered(HttpContext context) => TimelineFilters.All(name => string.IsNullOrEmpty(context.Request.Query[name].FirstOrDefault()));

    private static void AddTimeline(HttpContext context, string timeline, long? records)
    {
        var pages = records is { } count ? (int)Math.Clamp((Math.Min(count, TimelineMostEntries) + TimelinePageSize - 1) / TimelinePageSize, 1, TimelineMostEntries / TimelinePageSize) : 1;
        Add(context, Enumerable.Range(1, pages)
            .Select(page => $"/api/timelines/{timeline}{Query(context.Request.Query, TimelineFilters, ("pageSize", $"{TimelinePageSize}"), ("page", $"{page}"))}")
            .ToArray());
    }

    private static void Add(HttpContext context, params string[] urls) =>
        context.Response.Headers.Append("Link", string.Join(", ", urls.Select(url => $"<{url}>; rel=preload; as=fetch; crossorigin")));

    /// <summary>The non-empty filters given, then the fixed parameters, as <c>URLSearchParams</c> writes them.</summary>
    private static string Query(IQueryCollection given, string[] names, params (string Name, string Value)[] fixedParameters)
    {
        var parameters = names.Select(name => (Name: name, Value: given[name].FirstOrDefault() ?? ""))
            .Where(parameter => parameter.Value.Length > 0)
            .Concat(fixedParameters)
            .Select(parameter => $"{EncodeForm(parameter.Name)}={EncodeForm(parameter.Value)}")
            .ToList();
        return parameters.Count == 0 ? "" : $"?{string.Join('&', parameters)}";
    }

    /// <summary>As <c>encodeURIComponent</c>: everything but letters, digits and <c>-_.!~*'()</c> is percent-encoded.</summary>
    public static string EncodeComponent(string text) => Encode(text, "-_.!~*'()", spaceAsPlus: false);

    /// <summary>As <c>URLSearchParams</c> writes a name or value: everything but letters, digits and <c>*-._</c>, a space as +.</summary>
    public static string EncodeForm(string text) => Encode(text, "*-._", spaceAsPlus: true);

    private static string Encode(string text, string keep, bool spaceAsPlus)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || (b < 0x80 && keep.Contains(c)))
                encoded.Append(c);
            else if (c == ' ' && spaceAsPlus)
                encoded.Append('+');
            else
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
