using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;

namespace FamilyCase.Reports.Composition;

/// <summary>The agency as documents name it (from settings).</summary>
/// <param name="Logo">A PNG or JPEG for the cover, or null.</param>
public sealed record AgencyDetails(string Name, string? Phone, byte[]? Logo = null);

/// <summary>A referral as a document may show it: the service by its directory name (or only its kind) and where it stands, never its outcome text.</summary>
/// <param name="Outside">A service outside the directory, named in a worker's own words.</param>
public sealed record ReferralLine(int MemberId, string Service, ServiceKind Kind, bool Outside, ReferralStatus Status, DateOnly Since);

/// <summary>A later court date of the same proceeding, and who goes with each person.</summary>
public sealed record UpcomingDate(DateTime StartsAtUtc, CourtEventKind Kind, string Courthouse, string? Room, IReadOnlyList<(int MemberId, string? AccompaniedBy)> Attending);

/// <summary>Everything one court document is made from, read in one go at the moment of generation.</summary>
/// <param name="Family">The family with every member and each member's consents.</param>
/// <param name="Proceeding">The proceeding with its publication bans.</param>
/// <param name="Event">The court event with its attendances (and who accompanies) and accommodations.</param>
/// <param name="MemberIds">The people the document is for.</param>
/// <param name="CheckIns">Each member's latest check-in: a rating per area, null where declined or skipped.</param>
/// <param name="OtherOrders">Other proceedings of the family that are orders in force (restraining orders).</param>
/// <param name="WitnessesInProceeding">Members who testify at any date of the proceeding, for the support-person rule.</param>
/// <param name="StaffNames">Names of agency staff who accompany people, by id.</param>
/// <param name="PreparedAtUtc">When it was first generated; a document generated again keeps this, so its bytes are the same.</param>
public sealed record CourtDocumentSource(
    AgencyDetails Agency,
    Family Family,
    LegalProceeding Proceeding,
    CourtEvent Event,
    IReadOnlyList<int> MemberIds,
    DocumentAudience Audience,
    IReadOnlyList<VictimImpactStatement> Statements,
    IReadOnlyList<JusticeApplication> Applications,
    IReadOnlyList<ReferralLine> Referrals,
    IReadOnlyDictionary<int, IReadOnlyDictionary<string, int?>> CheckIns,
    IReadOnlyList<UpcomingDate> UpcomingDates,
    IReadOnlyList<LegalProceeding> OtherOrders,
    IReadOnlySet<int> WitnessesInProceeding,
    IReadOnlyDictionary<int, string> StaffNames,
    string PreparedBy,
    DateTime PreparedAtUtc,
    TimeZoneInfo AgencyZone)
{
    public DateOnly PreparedOn => DateOnly.FromDateTime(Local(PreparedAtUtc));

    public DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), AgencyZone);

    public FamilyMember Member(int id) => Family.Members.Single(m => m.Id == id);

    /// <summary>The people the document is for, in the family's order, without the identified child (who has no document of their own).</summary>
    public IReadOnlyList<FamilyMember> People => Family.Members
        .Where(m => MemberIds.Contains(m.Id) && DocumentEligibility.MayBeFor(m))
        .OrderBy(m => m.Id)
        .ToList();

    /// <summary>
    /// A publication ban in force: made in this proceeding, flagged on the family, or set by statute for a youth justice matter
    /// (YCJA s. 111 protects young victims and witnesses).
    /// </summary>
    public bool PublicationBan => Family.PublicationBan || Proceeding.PublicationBans.Count > 0 || Proceeding.Kind == ProceedingKind.YouthCriminalJustice;

    public bool ChildProtection => Proceeding.Kind == ProceedingKind.ChildProtection;

    public RedactionContext Redaction => new(PreparedOn, Audience, PublicationBan, ChildProtection, Family.Members);
}
