using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Reports.Composition;

namespace FamilyCase.Benchmarks;

/// <summary>
/// An invented family with what a busy court file holds: two people attending a trial, a ban, aids, a dozen referrals each,
/// applications, statements, consented needs and upcoming dates. Its court-support summary runs to about six pages.
/// </summary>
public static class TypicalCourtCase
{
    private static readonly TimeZoneInfo Toronto = TimeZoneInfo.FindSystemTimeZoneById("America/Toronto");

    public static CourtDocumentSource Source(int familyId = 1, DocumentAudience audience = DocumentAudience.CrownVictimWitness)
    {
        var family = new Family { Id = familyId, FileNumber = $"FC-2026-{familyId:00000}", DisplayName = "Benchmark family", TeamId = 1, PublicationBan = true };
        var mother = Member(family, familyId * 10 + 1, MemberRole.Parent, "Mother", "Amélie", "Ouellette-Bourassa", new DateOnly(1983, 4, 2));
        var child = Member(family, familyId * 10 + 2, MemberRole.IdentifiedChild, "Identified child", "Chloé", "Ouellette-Bourassa", new DateOnly(2011, 2, 9));
        var brother = Member(family, familyId * 10 + 3, MemberRole.Sibling, "Older brother", "Mathis", "Ouellette-Bourassa", new DateOnly(2007, 8, 21));
        var aunt = Member(family, familyId * 10 + 4, MemberRole.ExtendedFamily, "Aunt", "Nadia", "Bourassa", new DateOnly(1979, 1, 30));
        foreach (var person in new[] { mother, brother })
        {
            foreach (var scope in new[] { ConsentScope.IncludeInCourtSummary, ConsentScope.ShareWithCourt })
            {
                person.Consents.Add(new Consent { FamilyMemberId = person.Id, Scope = scope, Given = true, DecidedOn = new DateOnly(2026, 10, 1) });
            }
        }

        var proceeding = new LegalProceeding
        {
            Id = familyId, FamilyId = familyId, Kind = ProceedingKind.CriminalProsecution, Court = "Ontario Court of Justice", CourtFileNumber = $"4817-998-26-{familyId:00000}",
            OpenedOn = new DateOnly(2026, 3, 1), VictimWitnessContact = "V/WAP Toronto East, 416-555-0171",
        };
        proceeding.PublicationBans.Add(new PublicationBan { FamilyId = familyId, Section = "486.4(2.1)", MadeOn = new DateOnly(2026, 3, 20), Scope = "Any information that could identify the complainant or a witness", Protects = "Chloé Ouellette-Bourassa and any witness under 18" });
        var trial = new CourtEvent { Id = familyId, FamilyId = familyId, ProceedingId = familyId, Kind = CourtEventKind.Trial, Courthouse = "Toronto East courthouse", Room = "402", StartsAtUtc = new DateTime(2027, 1, 18, 15, 0, 0, DateTimeKind.Utc), ExpectedMinutes = 360, MeetingPoint = "At the victim/witness office, second floor, at 9:15." };
        trial.Attendances.Add(new CourtAttendance { Id = 1, FamilyMemberId = mother.Id, Role = AttendanceRole.Witness, AccompaniedByStaffId = 7 });
        trial.Attendances.Add(new CourtAttendance { Id = 2, FamilyMemberId = brother.Id, Role = AttendanceRole.Witness, AccompaniedByStaffId = 8, TransportArranged = true });
        var aids = new[] { AccommodationKind.CctvOrScreen, AccommodationKind.SupportPerson, AccommodationKind.Breaks, AccommodationKind.QuietWaitingRoom, AccommodationKind.Interpreter };
        for (var i = 0; i < aids.Length; i++)
        {
            trial.Accommodations.Add(new Accommodation { Id = i + 1, FamilyMemberId = i % 2 == 0 ? brother.Id : mother.Id, Kind = aids[i], Status = (AccommodationStatus)(i % 3), RequestedOn = new DateOnly(2026, 11, 1 + i), StatusOn = new DateOnly(2026, 12, 1 + i), SupportPersonMemberId = aids[i] == AccommodationKind.SupportPerson ? aunt.Id : null });
        }

        var kinds = Enum.GetValues<ServiceKind>();
        var referrals = Enumerable.Range(0, 24).Select(i => new ReferralLine(i % 2 == 0 ? mother.Id : brother.Id, $"Program {i + 1} (Organisation {i % 5 + 1})", kinds[i % kinds.Length], i % 7 == 6,
            (ReferralStatus)(i % 4), new DateOnly(2026, 4, 1).AddDays(i * 9))).ToList();
        var applications = Enumerable.Range(0, 4).Select(i => new JusticeApplication { Id = i + 1, FamilyMemberId = i % 2 == 0 ? mother.Id : brother.Id, Kind = (ApplicationKind)i, Status = ApplicationStatus.InProgress, StatusOn = new DateOnly(2026, 10, 1), DueOn = new DateOnly(2027, 2, 1).AddDays(i * 20) }).ToList();
        var statements = new List<VictimImpactStatement>
        {
            new() { Id = 1, FamilyMemberId = mother.Id, Status = StatementStatus.Drafting, Format = StatementFormat.Written, StatusOn = new DateOnly(2026, 11, 20) },
            new() { Id = 2, FamilyMemberId = brother.Id, Status = StatementStatus.Offered, StatusOn = new DateOnly(2026, 11, 20) },
        };
        var ratings = new Dictionary<string, int?> { ["checkin.wellbeing"] = 2, ["checkin.support"] = 0, ["checkin.justice"] = 3, ["checkin.heard"] = 2, ["checkin.practical"] = 2, ["checkin.information"] = 0 };
        var checkIns = new Dictionary<int, IReadOnlyDictionary<string, int?>> { [mother.Id] = ratings, [brother.Id] = ratings };
        var upcoming = Enumerable.Range(1, 4).Select(i => new UpcomingDate(trial.StartsAtUtc.AddDays(i * 14), i == 4 ? CourtEventKind.Sentencing : CourtEventKind.Trial, "Toronto East courthouse", "402",
            [(mother.Id, "Renée Lachance"), (brother.Id, i % 2 == 0 ? "Marc Tessier" : null)])).ToList();
        _ = child;
        return new CourtDocumentSource(new AgencyDetails("Lakeshore Family Support Centre", "416-555-0100"), family, proceeding, trial, [mother.Id, brother.Id], audience,
            statements, applications, referrals, checkIns, upcoming, [], new HashSet<int> { mother.Id, brother.Id }, new Dictionary<int, string> { [7] = "Renée Lachance", [8] = "Marc Tessier" },
            "Renée Lachance", new DateTime(2027, 1, 11, 15, 30, 0, DateTimeKind.Utc), Toronto);
    }

    private static FamilyMember Member(Family family, int id, MemberRole role, string relationship, string first, string last, DateOnly born)
    {
        var member = new FamilyMember { Id = id, FamilyId = family.Id, Role = role, Relationship = relationship, FirstName = first, LastName = last, DateOfBirth = born };
        family.Members.Add(member);
        return member;
    }
}
