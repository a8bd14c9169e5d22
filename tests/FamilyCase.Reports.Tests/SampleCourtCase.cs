using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Reports.Composition;

namespace FamilyCase.Reports.Tests;

/// <summary>
/// An invented family built to trip a careless document: the child and a sibling share the parents' surname, which has an
/// apostrophe and a hyphen; the child's name has an accent; the sibling's first name is a common word; and names are typed
/// into the order's wording and the victim/witness contact.
/// </summary>
internal sealed class SampleCourtCase
{
    public static readonly DateOnly Today = new(2027, 1, 11);
    public static readonly DateTime PreparedAtUtc = new(2027, 1, 11, 15, 30, 0, DateTimeKind.Utc);
    public static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public Family Family { get; } = new() { Id = 7, FileNumber = "FC-2026-00099", DisplayName = "O'Neil-Tremblay family", TeamId = 1 };

    public FamilyMember Mother { get; }
    public FamilyMember Child { get; }
    public FamilyMember Sister { get; }
    public FamilyMember Grandfather { get; }
    public LegalProceeding Proceeding { get; }
    public CourtEvent Event { get; }
    public List<VictimImpactStatement> Statements { get; } = [];
    public List<JusticeApplication> Applications { get; } = [];
    public List<ReferralLine> Referrals { get; } = [];
    public Dictionary<int, IReadOnlyDictionary<string, int?>> CheckIns { get; } = [];
    public List<UpcomingDate> Upcoming { get; } = [];
    public List<LegalProceeding> OtherOrders { get; } = [];
    public HashSet<int> Witnesses { get; } = [];

    public SampleCourtCase()
    {
        Mother = Member(1, MemberRole.Parent, "Mother", "Mélanie", "O'Neil-Tremblay", new DateOnly(1984, 6, 2));
        Child = Member(2, MemberRole.IdentifiedChild, "Identified child", "Zoë", "O'Neil-Tremblay", new DateOnly(2011, 3, 14));
        Sister = Member(3, MemberRole.Sibling, "Younger sister", "Hope", "O'Neil-Tremblay", new DateOnly(2014, 9, 30));
        Grandfather = Member(4, MemberRole.ExtendedFamily, "Grandfather", "Gérard", "Tremblay", new DateOnly(1950, 1, 5));
        Mother.RecognisedAsVictim = true;
        Mother.RegisteredWithVictimServices = true;
        Mother.SafeContact.Address = "12 Maple Crescent, Sudbury";
        Mother.SafeContact.Phone = "705-555-0188";
        Proceeding = new LegalProceeding
        {
            Id = 11, FamilyId = Family.Id, Kind = ProceedingKind.CriminalProsecution, Court = "Ontario Court of Justice",
            CourtFileNumber = "4411-998-26-12345", OpenedOn = new DateOnly(2026, 5, 1), VictimWitnessContact = "V/WAP Sudbury, 705-555-0100",
        };
        Event = new CourtEvent
        {
            Id = 21, FamilyId = Family.Id, ProceedingId = Proceeding.Id, Kind = CourtEventKind.Trial, Courthouse = "Sudbury Courthouse",
            Room = "4B", StartsAtUtc = new DateTime(2027, 1, 18, 14, 30, 0, DateTimeKind.Utc), ExpectedMinutes = 360,
        };
        Event.Attendances.Add(new CourtAttendance { FamilyMemberId = Mother.Id, Role = AttendanceRole.Witness, AccompaniedByStaffId = 5 });
        Event.Attendances.Add(new CourtAttendance { FamilyMemberId = Sister.Id, Role = AttendanceRole.Witness, TransportArranged = true });
        Event.Accommodations.Add(new Accommodation { FamilyMemberId = Sister.Id, Kind = AccommodationKind.CctvOrScreen, Status = AccommodationStatus.Granted, RequestedOn = new DateOnly(2026, 11, 2), StatusOn = new DateOnly(2026, 12, 1) });
        Event.Accommodations.Add(new Accommodation { FamilyMemberId = Sister.Id, Kind = AccommodationKind.SupportPerson, Status = AccommodationStatus.Requested, RequestedOn = new DateOnly(2026, 11, 2), SupportPersonMemberId = Mother.Id, Note = "Hope O'Neil-Tremblay was scared at the prelim" });
        Witnesses.UnionWith([Mother.Id, Sister.Id]);
    }

    public FamilyMember Member(int id, MemberRole role, string relationship, string first, string last, DateOnly? born)
    {
        var member = new FamilyMember { Id = id, FamilyId = Family.Id, Role = role, Relationship = relationship, FirstName = first, LastName = last, DateOfBirth = born };
        Family.Members.Add(member);
        return member;
    }

    public static void Consent(FamilyMember member, ConsentScope scope, bool given, DateOnly on, DateOnly? expires = null) =>
        member.Consents.Add(new Consent { FamilyMemberId = member.Id, Scope = scope, Given = given, DecidedOn = on, ExpiresOn = expires, RecordedAtUtc = on.ToDateTime(TimeOnly.MinValue) });

    public static void ConsentToShareNeeds(FamilyMember member)
    {
        Consent(member, ConsentScope.IncludeInCourtSummary, true, new DateOnly(2026, 12, 1));
        Consent(member, ConsentScope.ShareWithCourt, true, new DateOnly(2026, 12, 1));
    }

    public void Ban(string scope = "Any information that could identify Zoë O'Neil-Tremblay or Hope O'Neil-Tremblay", string protects = "Zoe O’Neil Tremblay, born 2011-03-14, and any witness under 18")
    {
        Proceeding.PublicationBans.Add(new PublicationBan { FamilyId = Family.Id, ProceedingId = Proceeding.Id, Section = "486.4(2.1)", MadeOn = new DateOnly(2026, 6, 1), Scope = scope, Protects = protects });
        Family.ApplyCourtOrders(Proceeding);
    }

    public CourtDocumentSource Source(DocumentAudience audience = DocumentAudience.CrownVictimWitness, params FamilyMember[] people) => new(
        new AgencyDetails("Northern Families Support", "705-555-0142"),
        Family, Proceeding, Event,
        (people.Length == 0 ? [Mother, Sister] : people).Select(p => p.Id).ToList(),
        audience, Statements, Applications, Referrals, CheckIns, Upcoming, OtherOrders, Witnesses,
        new Dictionary<int, string> { [5] = "Renée Lachance" },
        "Renée Lachance", PreparedAtUtc, Toronto);
}
