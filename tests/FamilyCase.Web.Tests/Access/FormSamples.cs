using FamilyCase.Data;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using FamilyCase.Web.Features.Administration;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Intake;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Plans;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Access;

/// <summary>Forms filled from the victim family's saved records (with their real ids and versions), each with one change.</summary>
internal sealed class FormSamples(FamilyCaseDb db, VictimFamily victim)
{
    public int AnotherWorkerOfTheTeam => db.Assignments.Where(a => a.FamilyId == victim.FamilyId && a.Kind == Domain.Families.AssignmentKind.Primary && a.EndedAtUtc == null)
        .Select(a => a.StaffMemberId).First();

    public MemberForm Member()
    {
        var form = MemberForm.From(db.FamilyMembers.AsNoTracking().Single(m => m.Id == victim.MemberId));
        form.Language = "Changed by someone";
        return form;
    }

    public NoteForm Note()
    {
        var note = db.ContactNotes.AsNoTracking().Single(n => n.Id == victim.NoteId);
        return new NoteForm { Id = note.Id, Version = note.Version, Date = AgencyDay.TodayAsDateTime.AddDays(-1), Time = new TimeSpan(10, 0, 0), Text = "Changed by someone" };
    }

    public FamilyDetailsForm Details()
    {
        var form = FamilyDetailsForm.From(db.Families.AsNoTracking().Single(f => f.Id == victim.FamilyId));
        form.SafetyConcern = !form.SafetyConcern;
        return form;
    }

    public ProceedingForm Proceeding()
    {
        var proceeding = db.Proceedings.AsNoTracking().Include(p => p.Charges).Single(p => p.Id == victim.ProceedingId);
        return new ProceedingForm
        {
            Id = proceeding.Id, Version = proceeding.Version, Kind = proceeding.Kind, Court = "Changed by someone", OpenedOn = proceeding.OpenedOn.ToDateTime(TimeOnly.MinValue),
            Status = proceeding.Status, SavedStatus = proceeding.Status, Charges = [new ChargeLine { Section = "286.3 Procuring" }],
        };
    }

    /// <summary>A court date moved and with a new outcome: only those who edit the file may move it.</summary>
    public CourtEventForm CourtEvent()
    {
        var saved = db.CourtEvents.AsNoTracking().Single(e => e.Id == victim.CourtEventId);
        return new CourtEventForm
        {
            Id = saved.Id, Version = saved.Version, ProceedingId = saved.ProceedingId, Kind = saved.Kind, Courthouse = "Changed by someone",
            Date = AgencyDay.TodayAsDateTime.AddDays(3), Time = new TimeSpan(10, 0, 0), Outcome = "Changed by someone",
        };
    }

    public StatementForm Statement()
    {
        var saved = db.Statements.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(StatementCommands)]);
        return new StatementForm { Id = saved.Id, Version = saved.Version, ProceedingId = saved.ProceedingId, MemberId = saved.FamilyMemberId, Status = StatementStatus.Drafting, SavedStatus = saved.Status, Note = "Changed by someone" };
    }

    public PoliceContactForm PoliceContact()
    {
        var saved = db.PoliceContacts.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(PoliceContactCommands)]);
        return new PoliceContactForm { Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, OccurredOn = AgencyDay.TodayAsDateTime, PoliceService = "Changed by someone", Purpose = saved.Purpose };
    }

    public InformationGivenForm Information()
    {
        var saved = db.InformationGiven.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(InformationGivenCommands)]);
        return new InformationGivenForm { Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, GivenOn = AgencyDay.TodayAsDateTime, Note = "Changed by someone" };
    }

    public InterviewForm Interview()
    {
        var saved = db.Interviews.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(InterviewCommands)]);
        return new InterviewForm { Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, Status = saved.Status, On = AgencyDay.TodayAsDateTime, ConductedBy = "Changed by someone" };
    }

    public ApplicationForm Application()
    {
        var saved = db.Applications.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(ApplicationCommands)]);
        return new ApplicationForm { Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, Kind = saved.Kind, CrimeDate = AgencyDay.TodayAsDateTime.AddDays(-10), Status = saved.Status, SavedStatus = saved.Status, Outcome = "Changed by someone" };
    }

    public GoalForm Goal()
    {
        var saved = db.Goals.AsNoTracking().Include(g => g.Actions).Single(x => x.Id == victim.RecordIds[nameof(GoalCommands)]);
        return new GoalForm
        {
            Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, DomainKey = saved.DomainKey, InTheirWords = "Changed by someone",
            Status = saved.Status, SavedStatus = saved.Status, StatusOn = AgencyDay.TodayAsDateTime, Actions = [new GoalActionLine { Who = "Someone", What = "Changed by someone" }],
        };
    }

    public ReferralForm Referral()
    {
        var saved = db.Referrals.AsNoTracking().Single(x => x.Id == victim.RecordIds[nameof(ReferralCommands)]);
        return new ReferralForm
        {
            Id = saved.Id, Version = saved.Version, MemberId = saved.FamilyMemberId, ProgramId = saved.ProgramId, Kind = saved.Kind, ReferredOn = saved.ReferredOn.ToDateTime(TimeOnly.MinValue),
            SharesInformation = false, Status = Domain.Plans.ReferralStatus.Active, SavedStatus = saved.Status, StatusOn = AgencyDay.TodayAsDateTime, Outcome = "Changed by someone",
        };
    }

    public int AProgram => db.ServicePrograms.OrderBy(p => p.Id).Select(p => p.Id).First();

    public OrganisationForm Organisation()
    {
        var saved = db.ServiceOrganisations.AsNoTracking().OrderBy(o => o.Id).First();
        return new OrganisationForm { Id = saved.Id, Version = saved.Version, Name = saved.Name, About = "Changed by someone" };
    }

    public ProgramForm Program()
    {
        var saved = db.ServicePrograms.AsNoTracking().Single(p => p.Id == AProgram);
        return new ProgramForm
        {
            Id = saved.Id, Version = saved.Version, OrganisationId = saved.OrganisationId, Name = saved.Name, Kinds = saved.KindList.ToList(),
            Areas = Domain.Directory.TermList.Parse(saved.Areas), Languages = Domain.Directory.TermList.Parse(saved.Languages), Cost = saved.Cost, Route = saved.Route, Contact = "Changed by someone",
        };
    }

    public IntakeForm Intake()
    {
        var form = new IntakeForm { ChildFirstName = "Ines", ChildLastName = "Vale", PrimaryWorkerId = AnotherWorkerOfTheTeam };
        form.Family.DisplayName = "Vale family";
        form.Family.OpenedOn = AgencyDay.TodayAsDateTime;
        return form;
    }

    public StaffForm Staff()
    {
        var staff = db.Staff.AsNoTracking().Single(s => s.Id == AnotherWorkerOfTheTeam);
        return new StaffForm { Role = staff.Role, TeamId = staff.TeamId, IsActive = staff.IsActive };
    }
}
