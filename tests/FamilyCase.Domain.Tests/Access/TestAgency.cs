using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Tests.Access;

/// <summary>A small invented agency with one family for each way a person can be related to a file.</summary>
internal sealed class TestAgency
{
    public static readonly DateTime Now = new(2026, 11, 25, 15, 0, 0, DateTimeKind.Utc);

    public const int TeamEast = 1;
    public const int TeamPeel = 2;

    public static readonly StaffScope Caseworker = new(1, StaffRole.Caseworker, TeamEast);
    public static readonly StaffScope OtherCaseworker = new(2, StaffRole.Caseworker, TeamEast);
    public static readonly StaffScope PeelCaseworker = new(3, StaffRole.Caseworker, TeamPeel);
    public static readonly StaffScope Supervisor = new(5, StaffRole.Supervisor, TeamEast);
    public static readonly StaffScope CourtSupport = new(7, StaffRole.CourtSupport, TeamEast);
    public static readonly StaffScope Administrator = new(9, StaffRole.Administrator, null);

    public TestAgency()
    {
        // 1: the caseworker's own family, with court support.
        Add(1, TeamEast, (Caseworker, AssignmentKind.Primary, null), (CourtSupport, AssignmentKind.CourtSupport, null));
        // 2: another caseworker's family, where the caseworker's secondary assignment has ended.
        Add(2, TeamEast, (OtherCaseworker, AssignmentKind.Primary, null), (Caseworker, AssignmentKind.Secondary, Now.AddDays(-30)));
        // 3: a family the caseworker is secondary worker for.
        Add(3, TeamEast, (OtherCaseworker, AssignmentKind.Primary, null), (Caseworker, AssignmentKind.Secondary, null));
        // 4: Peel family; the caseworker's emergency access has expired.
        Add(4, TeamPeel, (PeelCaseworker, AssignmentKind.Primary, null));
        Families[3].EmergencyAccesses.Add(new EmergencyAccess { FamilyId = 4, StaffMemberId = Caseworker.StaffId, Reason = "Old", StartedAtUtc = Now.AddHours(-6), ExpiresAtUtc = Now.AddHours(-2) });
        // 5: Peel family; the caseworker has live emergency access.
        Add(5, TeamPeel, (PeelCaseworker, AssignmentKind.Primary, null));
        Families[4].EmergencyAccesses.Add(EmergencyAccess.Grant(5, Caseworker.StaffId, "Mother called in crisis after hours", Now.AddHours(-1)));
        // 6: court support assignment has ended.
        Add(6, TeamEast, (OtherCaseworker, AssignmentKind.Primary, null), (CourtSupport, AssignmentKind.CourtSupport, Now.AddDays(-1)));

        // Court support also sees their team's families in court: 2 has an open proceeding; 6's has concluded; 4 is in court but in Peel.
        AddProceeding(2, ProceedingStatus.Open);
        AddProceeding(6, ProceedingStatus.Concluded);
        AddProceeding(4, ProceedingStatus.Open);
        AddProceeding(3, ProceedingStatus.Stayed);
    }

    public List<Family> Families { get; } = [];

    public IQueryable<Family> Query => Families.AsQueryable();

    private void AddProceeding(int familyId, ProceedingStatus status)
    {
        var family = Families.Single(f => f.Id == familyId);
        var proceeding = new LegalProceeding { Id = familyId * 10, FamilyId = familyId, Court = "Ontario Court of Justice", Status = status };
        var courtEvent = new CourtEvent { Id = familyId * 10, FamilyId = familyId, ProceedingId = proceeding.Id, Courthouse = "Northbay courthouse" };
        proceeding.Events.Add(courtEvent);
        family.Proceedings.Add(proceeding);
        family.CourtEvents.Add(courtEvent);
        family.PoliceContacts.Add(new PoliceContact { Id = familyId * 10, FamilyId = familyId, PoliceService = "Northbay Police", Purpose = "Statement" });
    }

    private void Add(int id, int teamId, params (StaffScope Staff, AssignmentKind Kind, DateTime? Ended)[] assignments)
    {
        var family = new Family { Id = id, FileNumber = FileNumber.Format(2026, id), DisplayName = $"Family {id}", TeamId = teamId };
        var parent = new FamilyMember { Id = id * 10 + 1, FamilyId = id, Role = MemberRole.Parent, Relationship = "Mother", FirstName = "P", LastName = $"{id}" };
        var child = new FamilyMember { Id = id * 10 + 2, FamilyId = id, Role = MemberRole.IdentifiedChild, Relationship = "Child", FirstName = "C", LastName = $"{id}" };
        parent.Consents.Add(new Consent { Id = id * 100 + 1, FamilyId = id, FamilyMemberId = parent.Id, Scope = ConsentScope.ShareWithCourt, Given = true });
        family.Members.AddRange([parent, child]);
        family.Notes.Add(new ContactNote { Id = id * 100 + 1, FamilyId = id, Text = "Phoned to confirm the meeting." });
        family.Notes.Add(new ContactNote { Id = id * 100 + 2, FamilyId = id, Text = "Counselling referral discussed.", Confidential = true });
        family.Goals.Add(new PlanGoal { Id = id * 100 + 3, FamilyId = id, FamilyMemberId = parent.Id, DomainKey = "checkin.support", InTheirWords = "Meet other parents" });
        family.Referrals.Add(new Referral { Id = id * 100 + 4, FamilyId = id, FamilyMemberId = parent.Id, OutsideService = "Parent group" });
        family.Assessments.Add(new Assessment { Id = id * 100 + 5, FamilyId = id, FamilyMemberId = parent.Id, InstrumentCode = FamilyNeedsCheckIn.Code, InstrumentVersion = "1.0", Status = AssessmentStatus.Completed });
        family.Assessments.Add(new Assessment { Id = id * 100 + 6, FamilyId = id, FamilyMemberId = parent.Id, InstrumentCode = Phq9.Code, InstrumentVersion = "1.0", Status = AssessmentStatus.Completed });
        family.Assessments.Add(new Assessment { Id = id * 100 + 7, FamilyId = id, FamilyMemberId = parent.Id, InstrumentCode = FamilyNeedsCheckIn.Code, InstrumentVersion = "1.0", Status = AssessmentStatus.Draft });
        family.GeneratedDocuments.Add(new GeneratedDocument { Id = id * 100 + 8, FamilyId = id, MemberIds = $"|{parent.Id}|", Sections = "", PreparedBy = "Test", Sha256 = new string('0', 64) });
        family.Assignments.AddRange(assignments.Select((a, i) => new FamilyAssignment
        {
            Id = id * 100 + i, FamilyId = id, StaffMemberId = a.Staff.StaffId, Kind = a.Kind, StartedAtUtc = Now.AddDays(-60), EndedAtUtc = a.Ended,
        }));
        Families.Add(family);
    }
}
