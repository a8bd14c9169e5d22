using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FamilyCase.Reports.Rendering;

/// <summary>
/// PDFsharp puts random values in three places: the file identifier, the six-letter tag of each embedded font subset and the
/// XMP identifiers. Each is replaced, at the same length, by one derived from the document's identity, so the same records
/// give the same bytes and "generate again" can prove what was handed over.
/// </summary>
internal static partial class Reproducible
{
    public static string DocumentId(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return new string(hash.Take(16).Select(b => (char)b).ToArray());
    }

    public static byte[] Normalise(byte[] pdf, string identity)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var tags = new Dictionary<string, string>();
        text = SubsetTag().Replace(text, match =>
        {
            if (!tags.TryGetValue(match.Groups[1].Value, out var tag))
            {
                var n = tags.Count;
                tag = new string(Enumerable.Range(0, 6).Select(i => (char)('A' + ((seed[(i + n) % seed.Length] + n) % 26))).ToArray());
                tags[match.Groups[1].Value] = tag;
            }
            return "/" + tag + "+";
        });
        var uuids = 0;
        text = XmpUuid().Replace(text, _ =>
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}|{uuids++}"));
            return "uuid:" + new Guid(bytes.AsSpan(0, 16)).ToString();
        });
        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex("/([A-Z]{6})\\+")]
    private static partial Regex SubsetTag();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpUuid();
}
