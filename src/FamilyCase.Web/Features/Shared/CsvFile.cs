using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace FamilyCase.Web.Features.Shared;

/// <summary>
/// A table as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so accents open right), and every cell a spreadsheet
/// would run as a formula (=, +, -, @, tab, return at its start) escaped by CsvHelper.
/// </summary>
public static class CsvFile
{
    public static IResult Result(string fileName, IEnumerable<IReadOnlyList<string?>> rows) =>
        Results.File(Bytes(rows), "text/csv; charset=utf-8", fileName);

    public static byte[] Bytes(IEnumerable<IReadOnlyList<string?>> rows) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text(rows))).ToArray();

    public static string Text(IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell ?? "");
            }

            csv.NextRecord();
        }

        csv.Flush();
        return writer.ToString();
    }

    /// <summary>Words made safe for a file name: lower case letters and digits joined by single hyphens.</summary>
    public static string Slug(string label) =>
        string.Join('-', string.Concat(label.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
