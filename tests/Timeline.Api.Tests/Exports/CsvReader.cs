using System.Text;

namespace Timeline.Api.Tests.Exports;

/// <summary>An RFC 4180 reader written for the tests, strict about CRLF, so an export is read back as a spreadsheet would.</summary>
public static class CsvReader
{
    public static List<List<string>> Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n', $"a bare line break outside quotes at {i}");
                cell.Append(c);
            }
        }
        Assert.True(row.Count == 0 && cell.Length == 0, "the last row must end with CRLF");
        return rows;
    }
}
