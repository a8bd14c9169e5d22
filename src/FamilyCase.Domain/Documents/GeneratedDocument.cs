using FamilyCase.Domain.Families;

namespace FamilyCase.Domain.Documents;

/// <summary>
/// A record of one document that left the system: what it was, for whom and which audience, the sections printed and those left
/// out with the reason, who made it and when, and the SHA-256 of its bytes. The bytes themselves are kept only if a setting says so.
/// </summary>
public class GeneratedDocument
{
    public const int Sha256Length = 64;

    public int Id { get; set; }
    public int FamilyId { get; set; }
    public Family? Family { get; set; }
    public int ProceedingId { get; set; }
    public int CourtEventId { get; set; }
    public DocumentKind Kind { get; set; }
    public DocumentAudience Audience { get; set; }

    /// <summary>The members it is for, as "|3|7|".</summary>
    public required string MemberIds { get; set; }

    /// <summary>Each section's outcome, written by <see cref="SectionOutcomes.Write"/>.</summary>
    public required string Sections { get; set; }

    public int GeneratedByStaffId { get; set; }

    /// <summary>The name printed as "prepared by", kept so the document can be generated again exactly.</summary>
    public required string PreparedBy { get; set; }

    public DateTime GeneratedAtUtc { get; set; }
    public required string Sha256 { get; set; }
    public int Pages { get; set; }
    public bool PasswordProtected { get; set; }
    public byte[]? Content { get; set; }

    /// <summary>For a document generated again: the first one, whose date and author it reproduces.</summary>
    public int? CopyOfId { get; set; }

    public IReadOnlyList<int> Members => ReadMembers(MemberIds);

    public static IReadOnlyList<int> ReadMembers(string memberIds) =>
        memberIds.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    public static string WriteMembers(IEnumerable<int> ids) => "|" + string.Join('|', ids.Order()) + "|";
}
