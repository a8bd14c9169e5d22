using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Plans;

/// <summary>
/// Referrals to programs of the directory or to services outside it. Status moves only along the referral's path; a wrong
/// entry is corrected by a new one that keeps the old. A referral that shares the person's information is sent only with their
/// consent to share with that organisation.
/// </summary>
public sealed class ReferralCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<Referral, ReferralForm>(factory, clock, time, audit)
{
    public TextRule<ReferralForm> OutsideService { get; } = new("The service", columns.Of<Referral>(r => r.OutsideService), f => f.OutsideService);
    public TextRule<ReferralForm> Outcome { get; } = new("The outcome", columns.Of<Referral>(r => r.Outcome), f => f.Outcome);
    public TextRule<ReferralForm> StatusNote { get; } = new("The note", columns.Of<ReferralStep>(s => s.Note), f => f.StatusNote);

    protected override string RecordType => "Referral";

    protected override string Gone => "This referral is no longer available.";

    protected override bool PartOfTheCourtDay => false;

    public ReferralForm New(int? memberId = null, int? goalId = null) => new()
    {
        MemberId = memberId, GoalId = goalId, ReferredOn = Today.ToDateTime(TimeOnly.MinValue), StatusOn = Today.ToDateTime(TimeOnly.MinValue),
    };

    public override string? Problem(ReferralForm form, DateOnly today) =>
        (form.ProgramId is null && string.IsNullOrWhiteSpace(form.OutsideService) ? "Please choose a program from the directory, or name the service outside it." : null)
        ?? (form.ProgramId is not null && !string.IsNullOrWhiteSpace(form.OutsideService) ? "Please choose either a program from the directory or a service outside it, not both." : null)
        ?? TextRules.FirstProblem([OutsideService, Outcome, StatusNote], form)
        ?? FormDates.CheckPast(form.ReferredOn, "the date of the referral", today)
        ?? (form.StatusOn is null ? null : FormDates.CheckPast(form.StatusOn, "the date of the status", today))
        ?? (form.StatusOn is { } on && form.ReferredOn is { } referred && on.Date < referred.Date ? "The status cannot date from before the referral was made." : null)
        ?? (form.Correcting && string.IsNullOrWhiteSpace(form.StatusNote) ? "Please say why the status is being corrected (the entry it replaces stays on record)." : null)
        ?? (form.Barriers.Any(b => b == ReferralBarrier.None || !Enum.IsDefined(b)) ? "Please choose barriers from the list." : null)
        ?? (!Enum.IsDefined(form.Kind) || !Enum.IsDefined(form.Status) ? "Please choose the kind of service and the status from the lists." : null)
        ?? (form.Id == 0 && !FirstStatuses.Contains(form.Status) ? "A new referral starts as referred, on a waitlist, or receiving the service; record how it ends once it is saved." : null);

    /// <summary>The statuses a referral may start with, so every ended referral has a history to show and a wait to count.</summary>
    public static readonly IReadOnlyList<ReferralStatus> FirstStatuses = [ReferralStatus.Pending, ReferralStatus.Waitlisted, ReferralStatus.Active];

    protected override async Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, ReferralForm form, Referral? saved, CancellationToken cancellationToken)
    {
        var member = await db.FamilyMembers.AsNoTracking().Where(m => m.Id == form.MemberId)
            .Select(m => new { m.Role, m.FirstName, m.PreferredName, Consents = m.Consents.ToList() }).SingleAsync(cancellationToken);
        if (PlanEligibility.WhyNot(member.Role) is { } notForThem)
        {
            return notForThem;
        }

        if (form.GoalId is { } goalId && !await db.Goals.AnyAsync(g => g.Id == goalId && g.FamilyId == familyId && g.FamilyMemberId == form.MemberId, cancellationToken))
        {
            return "That goal is not this person's. Please choose one of their goals, or none.";
        }

        var programChanged = saved is null || saved.ProgramId != form.ProgramId;
        var program = form.ProgramId is { } programId
            ? await db.ServicePrograms.AsNoTracking().Where(p => p.Id == programId)
                .Select(p => new { p.Name, p.Kinds, p.RetiredOn, Organisation = p.Organisation!.Name, OrganisationRetiredOn = p.Organisation.RetiredOn })
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (form.ProgramId is not null && program is null)
        {
            return "That program is no longer in the directory. Please choose again.";
        }

        if (program is not null && programChanged && (program.RetiredOn <= Today || program.OrganisationRetiredOn <= Today))
        {
            return $"{program.Name} has been retired from the directory, so no new referrals can be made to it. Please choose another program.";
        }

        if (program is not null && (programChanged || saved!.Kind != form.Kind) && !TermList.Parse(program.Kinds).Contains(form.Kind.ToString()))
        {
            return $"{program.Name} does not offer that kind of service. Please choose one of the kinds it offers.";
        }

        // Consent is checked when information would first go out: a new referral, a new recipient, or sharing turned on.
        var sharingStarts = form.SharesInformation
            && (programChanged || saved!.OutsideService != TextRules.Clean(form.OutsideService) || !saved.SharesInformation || saved.FamilyMemberId != form.MemberId
                || saved.ReferredOn != FormDates.DateOf(form.ReferredOn));
        if (sharingStarts)
        {
            var recipient = program?.Organisation ?? form.OutsideService!.Trim();
            var person = string.IsNullOrWhiteSpace(member.PreferredName) ? member.FirstName : member.PreferredName;
            var consent = ReferralConsent.Check(member.Consents, sharesInformation: true, recipient, person, FormDates.DateOf(form.ReferredOn)!.Value);
            if (!consent.MaySend)
            {
                return consent.Message;
            }
        }

        if (saved is null)
        {
            return null;
        }

        var on = StatusOn(form, saved);
        var referredOn = FormDates.DateOf(form.ReferredOn)!.Value;
        if (saved.Steps.Count > 0 && referredOn > saved.Steps.Min(s => s.On))
        {
            return "The referral cannot date from after its first status.";
        }

        if (!form.Correcting && form.Status == saved.Status)
        {
            return !string.IsNullOrWhiteSpace(form.StatusNote)
                ? "A note on the status is kept with a change of status. The status has not changed: please put the note in the outcome, or choose the new status."
                : FormDates.DateOf(form.StatusOn) is { } given && given != saved.StatusOn
                    ? "The status has not changed, so its date stays. If the date was recorded in error, correct the status (the old entry stays on record)."
                    : null;
        }

        return form.Correcting
            ? ReferralHistory.CorrectionProblem(saved, form.Status, form.StatusNote, on)
            : ReferralHistory.MoveProblem(saved, form.Status, on);
    }

    /// <summary>What the person's consent record says about sending this referral, for the dialog to show before it is saved.</summary>
    public async Task<ConsentCheck?> ConsentAsync(SignedInStaff staff, int familyId, ReferralForm form, CancellationToken cancellationToken)
    {
        if (form.MemberId is null || (form.ProgramId is null && string.IsNullOrWhiteSpace(form.OutsideService)))
        {
            return null;
        }

        await using var db = await Factory.CreateDbContextAsync(cancellationToken);
        var now = Clock.GetUtcNow().UtcDateTime;
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var person = await family.MembersVisibleTo(staff.Scope, now).Where(m => m.Id == form.MemberId)
            .Select(m => new { m.FirstName, m.PreferredName }).SingleOrDefaultAsync(cancellationToken);
        if (person is null || !FamilyAccessPolicy.SeesPlans(staff.Role))
        {
            return null;
        }

        var recipient = form.ProgramId is { } programId
            ? await db.ServicePrograms.Where(p => p.Id == programId).Select(p => p.Organisation!.Name).SingleOrDefaultAsync(cancellationToken)
            : form.OutsideService!.Trim();
        if (recipient is null)
        {
            return null;
        }

        var consents = await family.ConsentsVisibleTo(staff.Scope, now).Where(c => c.FamilyMemberId == form.MemberId).ToListAsync(cancellationToken);
        return ReferralConsent.Check(consents, form.SharesInformation, recipient, string.IsNullOrWhiteSpace(person.PreferredName) ? person.FirstName : person.PreferredName,
            FormDates.DateOf(form.ReferredOn) ?? Today);
    }

    protected override Task LoadPartsAsync(FamilyCaseDb db, Referral saved, CancellationToken cancellationToken) =>
        db.Entry(saved).Collection(r => r.Steps).LoadAsync(cancellationToken);

    protected override IQueryable<Referral> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.ReferralsVisibleTo(scope, nowUtc);

    protected override Referral Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId };

    protected override void Apply(Referral record, ReferralForm form, DateOnly today) =>
        throw new InvalidOperationException("A referral's status history needs to know who changed it.");

    protected override void Apply(Referral referral, ReferralForm form, DateOnly today, SignedInStaff staff, DateTime nowUtc)
    {
        var on = StatusOn(form, referral);
        referral.FamilyMemberId = form.MemberId!.Value;
        referral.ProgramId = form.ProgramId;
        referral.OutsideService = form.ProgramId is null ? TextRules.Clean(form.OutsideService) : null;
        referral.Kind = form.Kind;
        referral.PlanGoalId = form.GoalId;
        referral.ReferredOn = FormDates.DateOf(form.ReferredOn)!.Value;
        referral.SharesInformation = form.SharesInformation;
        referral.Barriers = form.Barriers.Aggregate(ReferralBarrier.None, (all, b) => all | b);
        referral.Outcome = TextRules.Clean(form.Outcome);
        var problem = referral.Steps.Count == 0 ? ReferralHistory.Start(referral, form.Status, on, staff.StaffId, nowUtc, form.StatusNote)
            : form.Correcting ? ReferralHistory.Correct(referral, form.Status, on, form.StatusNote, staff.StaffId, nowUtc)
            : ReferralHistory.Move(referral, form.Status, on, staff.StaffId, nowUtc, form.StatusNote);
        if (problem is not null)
        {
            // Checked before saving against the same record, so this means a bug rather than a person's mistake.
            throw new InvalidOperationException(problem);
        }

        ReferralHistory.Summarise(referral);
    }

    /// <summary>
    /// The day of the status: the date given (the dialog offers today when the status changes), or today when none was given;
    /// an unchanged status keeps its date.
    /// </summary>
    private DateOnly StatusOn(ReferralForm form, Referral saved) =>
        saved.Id != 0 && !form.Correcting && form.Status == saved.Status ? saved.StatusOn : FormDates.DateOf(form.StatusOn) ?? Today;

    protected override ReferralForm ToForm(Referral r) => new()
    {
        Id = r.Id, Version = r.Version, MemberId = r.FamilyMemberId, ProgramId = r.ProgramId, OutsideService = r.OutsideService, Kind = r.Kind, GoalId = r.PlanGoalId,
        ReferredOn = FormDates.DateTimeOf(r.ReferredOn), SharesInformation = r.SharesInformation, Barriers = ReferralStatuses.Split(r.Barriers), Outcome = r.Outcome,
        Status = r.Status, SavedStatus = r.Status, StatusOn = FormDates.DateTimeOf(r.StatusOn),
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(ReferralForm loaded, ReferralForm theirs, ReferralForm mine) =>
        FieldConflicts.ChangedByOthers(ReferralForm.Fields, loaded, theirs, mine);
}
