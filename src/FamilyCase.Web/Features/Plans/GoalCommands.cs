using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
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
/// A person's plan goals, written with them in their own words. A goal may start from a suggestion of their latest check-in,
/// which they accept as it is, reword, or decline; each answer is kept so the suggestion is not offered again.
/// </summary>
public sealed class GoalCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<PlanGoal, GoalForm>(factory, clock, time, audit)
{
    public const int MostActions = 20;

    public TextRule<GoalForm> InTheirWords { get; } = new("The goal", columns.Of<PlanGoal>(g => g.InTheirWords), f => f.InTheirWords,
        text => string.IsNullOrWhiteSpace(text) ? "Please write the goal, in the person's own words." : null);
    public TextRule<GoalForm> StatusNote { get; } = new("The note on the status", columns.Of<PlanGoal>(g => g.StatusNote), f => f.StatusNote);
    public TextRule<GoalActionLine> Who { get; } = new("Who", columns.Of<GoalAction>(a => a.Who), a => a.Who,
        text => string.IsNullOrWhiteSpace(text) ? "Please say who will do this, or remove the action." : null);
    public TextRule<GoalActionLine> What { get; } = new("What", columns.Of<GoalAction>(a => a.What), a => a.What,
        text => string.IsNullOrWhiteSpace(text) ? "Please say what will be done, or remove the action." : null);

    protected override string RecordType => "Goal";

    protected override string Gone => "This goal is no longer available.";

    protected override bool PartOfTheCourtDay => false;

    public GoalForm New(int? memberId = null) => new() { MemberId = memberId, StatusOn = Today.ToDateTime(TimeOnly.MinValue) };

    /// <summary>A new goal worded as the check-in suggests, for the person to reword.</summary>
    public GoalForm FromSuggestion(int memberId, GoalSuggestion suggestion)
    {
        var form = New(memberId);
        form.DomainKey = suggestion.DomainKey;
        form.SourceAssessmentId = suggestion.AssessmentId;
        form.InTheirWords = suggestion.SuggestedGoal;
        return form;
    }

    public override string? Problem(GoalForm form, DateOnly today) =>
        (form.DomainKey is null || FamilyNeedsCheckIn.Domains.All(d => d.Key != form.DomainKey) ? "Please choose the need this goal answers." : null)
        ?? TextRules.FirstProblem([InTheirWords, StatusNote], form)
        ?? AgencyTime.OutOfRange(form.TargetOn, "the target date")
        ?? (form.StatusOn is null ? null : FormDates.CheckPast(form.StatusOn, "the date of the status", today))
        ?? (!Enum.IsDefined(form.Status) ? "Please choose the status from the list." : null)
        ?? (form.Id == 0 && form.Status != GoalStatus.Active ? "A new goal starts as working on it; record how it went once it is saved." : null)
        ?? (form.Actions.Count > MostActions ? $"A goal can have at most {MostActions} actions." : null)
        ?? form.Actions.Select(a => TextRules.FirstProblem([Who, What], a) ?? AgencyTime.OutOfRange(a.ByOn, "the date of an action")).FirstOrDefault(p => p is not null);

    protected override async Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, GoalForm form, PlanGoal? saved, CancellationToken cancellationToken)
    {
        var role = await db.FamilyMembers.Where(m => m.Id == form.MemberId).Select(m => m.Role).SingleAsync(cancellationToken);
        if (PlanEligibility.WhyNot(role) is { } notForThem)
        {
            return notForThem;
        }

        if (saved is not null)
        {
            return GoalStatuses.Moves.Problem(saved.Status, form.Status)
                ?? (saved.FamilyMemberId != form.MemberId ? "A goal stays with the person it was written with. Please add a new goal for someone else." : null);
        }

        if (form.SourceAssessmentId is { } source
            && !await db.Assessments.AnyAsync(a => a.Id == source && a.FamilyId == familyId && a.FamilyMemberId == form.MemberId && a.InstrumentCode == FamilyNeedsCheckIn.Code && a.Status != AssessmentStatus.Draft, cancellationToken))
        {
            return "That check-in is not this person's. Please add the goal again from their plan.";
        }

        return null;
    }

    protected override Task LoadPartsAsync(FamilyCaseDb db, PlanGoal saved, CancellationToken cancellationToken) =>
        db.Entry(saved).Collection(g => g.Actions).LoadAsync(cancellationToken);

    protected override IQueryable<PlanGoal> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.GoalsVisibleTo(scope, nowUtc).Include(g => g.Actions);

    protected override PlanGoal Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId, DomainKey = "", InTheirWords = "" };

    protected override void Apply(PlanGoal goal, GoalForm form, DateOnly today)
    {
        goal.StatusOn = StatusDate.Of(goal.Status, form.Status, goal.Id == 0 ? null : goal.StatusOn, form.StatusOn, today);
        goal.FamilyMemberId = form.MemberId!.Value;
        goal.DomainKey = form.DomainKey!;
        if (goal.Id == 0)
        {
            goal.SourceAssessmentId = form.SourceAssessmentId;
        }

        goal.InTheirWords = form.InTheirWords.Trim();
        goal.TargetOn = FormDates.DateOf(form.TargetOn);
        goal.Status = form.Status;
        goal.StatusNote = TextRules.Clean(form.StatusNote);
        Lines.Merge(goal.Actions, form.Actions, a => a.Id, l => l.Id, () => new GoalAction { FamilyId = goal.FamilyId, Who = "", What = "" }, (action, line) =>
        {
            action.Who = line.Who.Trim();
            action.What = line.What.Trim();
            action.ByOn = FormDates.DateOf(line.ByOn);
            action.Done = line.Done;
        });
    }

    protected override GoalForm ToForm(PlanGoal g) => new()
    {
        Id = g.Id, Version = g.Version, MemberId = g.FamilyMemberId, DomainKey = g.DomainKey, SourceAssessmentId = g.SourceAssessmentId, InTheirWords = g.InTheirWords,
        TargetOn = FormDates.DateTimeOf(g.TargetOn), Status = g.Status, SavedStatus = g.Status, StatusOn = FormDates.DateTimeOf(g.StatusOn), StatusNote = g.StatusNote,
        Actions = g.Actions.OrderBy(a => a.Id).Select(a => new GoalActionLine { Id = a.Id, Who = a.Who, What = a.What, ByOn = FormDates.DateTimeOf(a.ByOn), Done = a.Done }).ToList(),
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(GoalForm loaded, GoalForm theirs, GoalForm mine) =>
        FieldConflicts.ChangedByOthers(GoalForm.Fields, loaded, theirs, mine);

    /// <summary>Makes the suggested goal as it is worded, when the person says it fits.</summary>
    public async Task<SaveOutcome> AcceptSuggestionAsync(SignedInStaff staff, int familyId, int memberId, int assessmentId, string domainKey, CancellationToken cancellationToken)
    {
        await using (var db = await Factory.CreateDbContextAsync(cancellationToken))
        {
            await FamilyScope.EnsureCanEditAsync(db, staff, familyId, Clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        if (await OpenSuggestionAsync(staff, familyId, memberId, assessmentId, domainKey, cancellationToken) is not { } suggestion)
        {
            return SaveOutcome.Refused(SuggestionGone);
        }

        return await SaveAsync(staff, familyId, FromSuggestion(memberId, suggestion), null, cancellationToken);
    }

    /// <summary>Records that the person does not want this goal now; the suggestion is not offered again for this check-in.</summary>
    public async Task<SaveOutcome> DeclineSuggestionAsync(SignedInStaff staff, int familyId, int memberId, int assessmentId, string domainKey, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await Factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, now, cancellationToken);
        if (await OpenSuggestionAsync(staff, familyId, memberId, assessmentId, domainKey, cancellationToken) is null)
        {
            return SaveOutcome.Refused(SuggestionGone);
        }

        var declined = new DeclinedSuggestion { FamilyId = familyId, FamilyMemberId = memberId, AssessmentId = assessmentId, DomainKey = domainKey, DeclinedOn = Today, DeclinedByStaffId = staff.StaffId };
        db.DeclinedSuggestions.Add(declined);
        db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone declined it at the same moment: the person's answer is on record either way.
            if (await AlreadyDeclinedAsync(memberId, assessmentId, domainKey, cancellationToken))
            {
                return SaveOutcome.Refused(SuggestionGone);
            }

            throw;
        }

        return SaveOutcome.Done(declined.Id, 0);
    }

    private async Task<bool> AlreadyDeclinedAsync(int memberId, int assessmentId, string domainKey, CancellationToken cancellationToken)
    {
        await using var db = await Factory.CreateDbContextAsync(cancellationToken);
        return await db.DeclinedSuggestions.AnyAsync(d => d.FamilyMemberId == memberId && d.AssessmentId == assessmentId && d.DomainKey == domainKey, cancellationToken);
    }

    private const string SuggestionGone = "This suggestion has already been answered, or the check-in has changed. The plan now shows what is still open.";

    private async Task<GoalSuggestion?> OpenSuggestionAsync(SignedInStaff staff, int familyId, int memberId, int assessmentId, string domainKey, CancellationToken cancellationToken)
    {
        await using var db = await Factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var open = await CheckInSuggestions.LoadAsync(db, family, staff.Scope, Clock.GetUtcNow().UtcDateTime, cancellationToken);
        return open.GetValueOrDefault(memberId)?.FirstOrDefault(s => s.AssessmentId == assessmentId && s.DomainKey == domainKey);
    }
}
