using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Supervision;
using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Dashboard;

/// <summary>
/// A team of its own, built by hand so every dashboard number is known before the dashboard is asked. Dates are set in whole
/// months and days from today, so the answers hold on any day. What each family carries, and so counts toward:
/// <list type="bullet">
/// <item>Alder (Ava, active, 2 people, opened 3 months ago): a safety alert with its check recorded, a PHQ-9 awaiting sign-off,
/// a trial in 5 days where Anna testifies with nobody from the agency and Alex observes with Ava, a note 3 days ago; Cora gives court support.</item>
/// <item>Birch (Ava, active, 1 person, opened 6 months ago): a check-in finished 120 days ago (overdue), a referral waiting 45 days
/// (waitlist and cost), one waiting exactly 30 days (transport; not yet counted) and one waiting 10 days, police contacts 20 days ago (not supportive), 120 days ago (not supportive) and
/// 5 days ago (supported), a sentencing in 10 days with Bea's victim impact statement still in draft, no notes.</item>
/// <item>Cedar (Ben, intake since the start of last month, 1 person): an application due in 7 days and a submitted one due in 3, a note 2 days ago.</item>
/// <item>Dogwood (no primary worker, on hold, opened 13 months ago, 1 person): a note 40 days ago.</item>
/// <item>Elm (Ava's old file, opened 2 months ago, closed on the 1st of this month).</item>
/// </list>
/// Outside the families: Ava's emergency access to a demo family of another team, not acknowledged; refused access by Ben 2 days
/// ago (counted), 10 days ago (too old) and 1 day ago (already acknowledged), and by a demo caseworker of another team.
/// </summary>
public sealed record DashboardFixture(
    int TeamId, SignedInStaff Supervisor, SignedInStaff Ava, SignedInStaff Ben, SignedInStaff Cora,
    int Alder, int Birch, int Cedar, int Dogwood, int Elm, int ProgramId, long CountedRefusal, DateOnly Today)
{
    public const string TeamName = "Fixture Lakes team";

    public static async Task<DashboardFixture> CreateAsync(FamilyCaseAppFactory app)
    {
        var time = app.Services.GetRequiredService<AgencyTime>();
        var now = DateTime.UtcNow;
        var today = time.Today(TimeProvider.System);
        var month = new DateOnly(today.Year, today.Month, 1);
        await using var db = app.CreateDb();
        var team = new Team { Name = TeamName, Area = "Fixture Lakes" };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        var fiona = Staff(db, "Fiona Fixture", StaffRole.Supervisor, team.Id);
        var ava = Staff(db, "Ava Fixture", StaffRole.Caseworker, team.Id);
        var ben = Staff(db, "Ben Fixture", StaffRole.Caseworker, team.Id);
        var cora = Staff(db, "Cora Fixture", StaffRole.CourtSupport, team.Id);
        await db.SaveChangesAsync();
        db.Actor = new AuditActor(fiona.Id, fiona.DisplayName);

        var alder = Family(db, "FX-2026-00001", "Alder", FamilyStatus.Active, month.AddMonths(-3), team.Id, now);
        var birch = Family(db, "FX-2026-00002", "Birch", FamilyStatus.Active, month.AddMonths(-6), team.Id, now);
        var cedar = Family(db, "FX-2026-00003", "Cedar", FamilyStatus.Intake, month.AddMonths(-1), team.Id, now);
        var dogwood = Family(db, "FX-2026-00004", "Dogwood", FamilyStatus.OnHold, month.AddMonths(-13), team.Id, now);
        var elm = Family(db, "FX-2026-00005", "Elm", FamilyStatus.Active, month.AddMonths(-2), team.Id, now);
        elm.Close(month, "Goals met");
        var anna = Member(alder, "Anna", MemberRole.Parent);
        var alex = Member(alder, "Alex", MemberRole.Sibling);
        var bea = Member(birch, "Bea", MemberRole.Parent);
        var cy = Member(cedar, "Cy", MemberRole.Parent);
        Member(dogwood, "Dee", MemberRole.Parent);
        Member(elm, "Eli", MemberRole.Parent);
        Primary(alder, ava, now);
        Primary(birch, ava, now);
        Primary(cedar, ben, now);
        Primary(elm, ava, now);
        alder.Assignments.Add(new FamilyAssignment { StaffMemberId = cora.Id, Kind = AssignmentKind.CourtSupport, StartedAtUtc = now.AddDays(-30), Reason = "Court support for the trial" });
        await db.SaveChangesAsync();

        var phq9 = Assessment(alder, anna, ava, Phq9.Code, AssessmentStatus.Completed, now.AddDays(-2));
        var checkIn = Assessment(birch, bea, ava, FamilyNeedsCheckIn.Code, AssessmentStatus.Reviewed, now.AddDays(-120));
        await db.SaveChangesAsync();
        alder.SafetyAlerts.Add(new SafetyAlert
        {
            FamilyMemberId = anna.Id, AssessmentId = phq9.Id, Kind = AlertKind.SelfHarmThoughts, RaisedAtUtc = now.AddDays(-2),
            ActionTaken = "Called the crisis line together", ActionRecordedByStaffId = ava.Id, ActionRecordedAtUtc = now.AddDays(-2),
        });

        var trial = Proceeding(alder, today);
        var sentencing = Proceeding(birch, today);
        await db.SaveChangesAsync();
        var trialDate = CourtDate(alder, trial, CourtEventKind.Trial, now.AddDays(5), now);
        trialDate.Attendances.Add(new CourtAttendance { FamilyId = alder.Id, FamilyMemberId = anna.Id, Role = AttendanceRole.Witness });
        trialDate.Attendances.Add(new CourtAttendance { FamilyId = alder.Id, FamilyMemberId = alex.Id, Role = AttendanceRole.Observer, AccompaniedByStaffId = ava.Id });
        CourtDate(birch, sentencing, CourtEventKind.Sentencing, now.AddDays(10), now);
        birch.Statements.Add(new VictimImpactStatement { ProceedingId = sentencing.Id, FamilyMemberId = bea.Id, Status = StatementStatus.Drafting, StatusOn = today, CreatedAtUtc = now, UpdatedAtUtc = now });

        Note(alder, ava, now.AddDays(-3));
        Note(cedar, ben, now.AddDays(-2));
        Note(dogwood, fiona, now.AddDays(-40));

        birch.PoliceContacts.Add(Police(bea, today.AddDays(-20), PoliceExperience.NotSupported, now));
        birch.PoliceContacts.Add(Police(bea, today.AddDays(-120), PoliceExperience.NotSupported, now));
        birch.PoliceContacts.Add(Police(bea, today.AddDays(-5), PoliceExperience.Supported, now));
        cedar.Applications.Add(new JusticeApplication { FamilyMemberId = cy.Id, Kind = ApplicationKind.VqrpImmediateNeeds, DueOn = today.AddDays(7), Status = ApplicationStatus.NotStarted, StatusOn = today, CreatedAtUtc = now, UpdatedAtUtc = now });
        cedar.Applications.Add(new JusticeApplication { FamilyMemberId = cy.Id, Kind = ApplicationKind.VqrpCounselling, DueOn = today.AddDays(3), Status = ApplicationStatus.Submitted, StatusOn = today, CreatedAtUtc = now, UpdatedAtUtc = now });

        var organisation = new ServiceOrganisation { Name = "Fixture Lakes Counselling", CreatedAtUtc = now, UpdatedAtUtc = now };
        var program = new ServiceProgram { Name = "Fixture family counselling", Organisation = organisation, Kinds = "|Counselling|", Areas = "|Fixture Lakes|", Languages = "|English|", CreatedAtUtc = now, UpdatedAtUtc = now };
        db.ServicePrograms.Add(program);
        await db.SaveChangesAsync();
        birch.Referrals.Add(Referral(bea, program.Id, ReferralStatus.Waitlisted, today.AddDays(-45), ReferralBarrier.Waitlist | ReferralBarrier.Cost, ava, now));
        birch.Referrals.Add(Referral(bea, program.Id, ReferralStatus.Pending, today.AddDays(-10), ReferralBarrier.None, ava, now));
        // Exactly 30 days: not yet "more than 30".
        birch.Referrals.Add(Referral(bea, program.Id, ReferralStatus.Waitlisted, today.AddDays(-30), ReferralBarrier.Transport, ava, now));

        // A family of the Peel team: Dana's East team must see nothing of the fixture team.
        var priyaTeam = await db.Staff.Where(s => s.Email.StartsWith(DemoPeople.OtherCaseworker)).Select(s => s.TeamId).SingleAsync();
        var otherTeamFamily = await db.Families.Where(f => f.TeamId == priyaTeam).OrderBy(f => f.Id).Select(f => new { f.Id, f.TeamId }).FirstAsync();
        db.EmergencyAccesses.Add(new EmergencyAccess
        {
            FamilyId = otherTeamFamily.Id, StaffMemberId = ava.Id, Reason = "Covering a court morning for a colleague", StartedAtUtc = now.AddHours(-3),
            ExpiresAtUtc = now.AddHours(1), StaffTeamId = team.Id, FamilyTeamId = otherTeamFamily.TeamId,
        });
        var priya = await db.Staff.Where(s => s.Email.StartsWith(DemoPeople.OtherCaseworker)).Select(s => new { s.Id, s.DisplayName }).SingleAsync();
        var counted = Refusal(db, ben, now.AddDays(-2));
        Refusal(db, ben, now.AddDays(-10));
        var acknowledged = Refusal(db, ben, now.AddDays(-1));
        db.AuditEvents.Add(new AuditEvent { OccurredAtUtc = now.AddHours(-5), ActorStaffId = priya.Id, ActorName = priya.DisplayName, Action = AuditAction.AccessRefused, RecordType = "Family", RecordId = "1", Detail = "Not in this person's caseload" });
        await db.SaveChangesAsync();
        db.RefusalAcknowledgements.Add(new RefusalAcknowledgement { AuditEventId = acknowledged.Id, AcknowledgedByStaffId = fiona.Id, AcknowledgedAtUtc = now });
        await db.SaveChangesAsync();

        return new DashboardFixture(team.Id, Signed(fiona), Signed(ava), Signed(ben), Signed(cora), alder.Id, birch.Id, cedar.Id, dogwood.Id, elm.Id, program.Id, counted.Id, today);
    }

    public static IReadOnlyList<string> FileNumbers => ["FX-2026-00001", "FX-2026-00002", "FX-2026-00003", "FX-2026-00004", "FX-2026-00005"];

    private static SignedInStaff Signed(StaffMember s) => new(s.Id, s.DisplayName, s.Role, s.TeamId);

    private static StaffMember Staff(FamilyCaseDb db, string name, StaffRole role, int teamId)
    {
        var staff = new StaffMember { DisplayName = name, Email = $"{name.Replace(' ', '.').ToLowerInvariant()}@fixture.example", Role = role, TeamId = teamId };
        db.Staff.Add(staff);
        return staff;
    }

    private static Family Family(FamilyCaseDb db, string fileNumber, string name, FamilyStatus status, DateOnly openedOn, int teamId, DateTime now)
    {
        var family = new Family { FileNumber = fileNumber, DisplayName = $"{name} family", Status = status, OpenedOn = openedOn, TeamId = teamId, CreatedAtUtc = now, UpdatedAtUtc = now };
        db.Families.Add(family);
        return family;
    }

    private static FamilyMember Member(Family family, string firstName, MemberRole role)
    {
        var member = new FamilyMember { Role = role, Relationship = role.ToString(), FirstName = firstName, LastName = family.DisplayName.Split(' ')[0], CreatedAtUtc = family.CreatedAtUtc, UpdatedAtUtc = family.CreatedAtUtc };
        family.Members.Add(member);
        return member;
    }

    private static void Primary(Family family, StaffMember worker, DateTime now) =>
        family.Assignments.Add(new FamilyAssignment { StaffMemberId = worker.Id, Kind = AssignmentKind.Primary, StartedAtUtc = now.AddDays(-60), Reason = "Opened the file" });

    private static Assessment Assessment(Family family, FamilyMember member, StaffMember by, string code, AssessmentStatus status, DateTime completedAtUtc)
    {
        var assessment = new Assessment
        {
            FamilyMemberId = member.Id, InstrumentCode = code, InstrumentVersion = InstrumentCatalog.Standard.Latest(code).Version, AdministeredByStaffId = by.Id,
            Status = status, StartedAtUtc = completedAtUtc.AddMinutes(-30), CompletedAtUtc = completedAtUtc,
        };
        family.Assessments.Add(assessment);
        return assessment;
    }

    private static LegalProceeding Proceeding(Family family, DateOnly today)
    {
        var proceeding = new LegalProceeding { Kind = ProceedingKind.CriminalProsecution, Court = "Ontario Court of Justice", OpenedOn = today.AddMonths(-2), StatusOn = today.AddMonths(-2) };
        family.Proceedings.Add(proceeding);
        return proceeding;
    }

    private static CourtEvent CourtDate(Family family, LegalProceeding proceeding, CourtEventKind kind, DateTime startsAtUtc, DateTime now)
    {
        var courtDate = new CourtEvent { ProceedingId = proceeding.Id, Kind = kind, StartsAtUtc = startsAtUtc, Courthouse = "Fixture Lakes courthouse", CreatedAtUtc = now, UpdatedAtUtc = now };
        family.CourtEvents.Add(courtDate);
        return courtDate;
    }

    private static void Note(Family family, StaffMember author, DateTime occurredAtUtc) =>
        family.Notes.Add(new ContactNote { Kind = ContactKind.Phone, OccurredAtUtc = occurredAtUtc, Text = "Checked in by phone.", AuthorStaffId = author.Id, CreatedAtUtc = occurredAtUtc, UpdatedAtUtc = occurredAtUtc });

    private static PoliceContact Police(FamilyMember member, DateOnly on, PoliceExperience experience, DateTime now) =>
        new() { FamilyMemberId = member.Id, OccurredOn = on, PoliceService = "Fixture Lakes Police", Purpose = "Follow-up", Experience = experience, CreatedAtUtc = now, UpdatedAtUtc = now };

    private static Referral Referral(FamilyMember member, int programId, ReferralStatus status, DateOnly referredOn, ReferralBarrier barriers, StaffMember by, DateTime now)
    {
        var referral = new Referral
        {
            FamilyMemberId = member.Id, ProgramId = programId, Kind = ServiceKind.Counselling, ReferredOn = referredOn, Barriers = barriers, Status = status, StatusOn = referredOn,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        referral.Steps.Add(new ReferralStep { FamilyId = member.FamilyId, Status = status, On = referredOn, RecordedByStaffId = by.Id, RecordedAtUtc = now });
        return referral;
    }

    private static AuditEvent Refusal(FamilyCaseDb db, StaffMember actor, DateTime at)
    {
        var refusal = new AuditEvent { OccurredAtUtc = at, ActorStaffId = actor.Id, ActorName = actor.DisplayName, Action = AuditAction.AccessRefused, RecordType = "Family", RecordId = "1", Detail = "Not in this person's caseload" };
        db.AuditEvents.Add(refusal);
        return refusal;
    }
}
