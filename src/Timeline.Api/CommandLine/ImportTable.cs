using System.Globalization;
using Spectre.Console;
using Timeline.Api.Imports;

namespace Timeline.Api.CommandLine;

/// <summary>What became of each imported paragraph, as a table for people at a terminal.</summary>
internal sealed class ImportTable
{
    private readonly Table _table = new Table()
        .AddColumns("paragraph", "status", "kind", "date", "countries", "confidence", "note");

    public void Add(string document, ImportedParagraph p) => _table.AddRow(
        Markup.Escape($"{document}#{p.Index}"),
        Markup.Escape(p.Status),
        Markup.Escape(p.Kind ?? ""),
        Markup.Escape(p.Date ?? ""),
        Markup.Escape(string.Join(',', p.Countries)),
        p.Kind is null ? "" : p.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
        Markup.Escape(p.Reason ?? ""));

    public void Write() => Terminal.Out.Write(_table);
}
