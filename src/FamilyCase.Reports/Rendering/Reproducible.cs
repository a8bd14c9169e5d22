using System.Security.Cryptography;
using System.Text;

namespace FamilyCase.Reports.Rendering;

/// <summary>
/// PDFsharp puts random values in three places: the file identifier, the six-letter tag of each embedded font subset and the
/// XMP identifiers. Each is replaced, in place and at the same length, by one derived from the document's identity, so the same
/// records give the same bytes and "generate again" can prove what was handed over.
/// </summary>
internal static class Reproducible
{
    private static readonly byte[] SubsetMarker = "+DejaVu"u8.ToArray();
    private static readonly byte[] UuidMarker = "uuid:"u8.ToArray();
    private const int UuidLength = 36;

    public static string DocumentId(string identity)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return new string(hash.Take(16).Select(b => (char)b).ToArray());
    }

    /// <summary>Rewrites the random parts of <paramref name="pdf"/> in place and returns it.</summary>
    public static byte[] Normalise(byte[] pdf, string identity)
    {
        var seed = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        var tags = new Dictionary<string, byte[]>();
        var span = pdf.AsSpan();
        for (var at = span.IndexOf(SubsetMarker); at >= 0; at = Next(span, at + 1, SubsetMarker))
        {
            // "/ABCDEF+DejaVuSans": the six capitals before the plus sign are the random tag.
            if (at < 7 || span[at - 7] != (byte)'/' || !IsTag(span.Slice(at - 6, 6)))
            {
                continue;
            }

            var original = Encoding.ASCII.GetString(span.Slice(at - 6, 6));
            if (!tags.TryGetValue(original, out var tag))
            {
                var n = tags.Count;
                tag = Enumerable.Range(0, 6).Select(i => (byte)('A' + ((seed[(i + n) % seed.Length] + n) % 26))).ToArray();
                tags[original] = tag;
            }

            tag.CopyTo(span.Slice(at - 6, 6));
        }

        var uuids = 0;
        for (var at = span.IndexOf(UuidMarker); at >= 0 && at + UuidMarker.Length + UuidLength <= span.Length; at = Next(span, at + 1, UuidMarker))
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}|{uuids++}"));
            Encoding.ASCII.GetBytes(new Guid(hash.AsSpan(0, 16)).ToString()).CopyTo(span.Slice(at + UuidMarker.Length, UuidLength));
        }

        return pdf;
    }

    private static int Next(ReadOnlySpan<byte> span, int from, ReadOnlySpan<byte> marker)
    {
        if (from >= span.Length)
        {
            return -1;
        }

        var found = span[from..].IndexOf(marker);
        return found < 0 ? -1 : from + found;
    }

    private static bool IsTag(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }
}
