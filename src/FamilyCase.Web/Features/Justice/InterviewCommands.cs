using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Justice;

/// <summary>The "tell it once" ledger: a new interview for someone who already gave one needs a reason, checked here as in the dialog.</summary>
public sealed class InterviewCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<Interview, InterviewForm>(factory, clock, time, audit)
{
    public TextRule<InterviewForm> ConductedBy { get; } = new("Who conducted it", columns.Of<Interview>(i => i.ConductedBy), f => f.ConductedBy,
        text => string.IsNullOrWhiteSpace(text) ? "Please name the service or person conducting it." : null);
    public TextRule<InterviewForm> RecordingHeldBy { get; } = new("Where the recording is held", columns.Of<Interview>(i => i.RecordingHeldBy), f => f.RecordingHeldBy);
    public TextRule<InterviewForm> WhyNeeded { get; } = new("The reason", columns.Of<Interview>(i => i.WhyNeeded), f => f.WhyNeeded);

    protected override string RecordType => "Interview";

    protected override string Gone => "This interview is no longer available.";

    protected override bool PartOfTheCourtDay => false;

    public InterviewForm New() => new() { On = Today.ToDateTime(TimeOnly.MinValue) };

    public override string? Problem(InterviewForm form, DateOnly today) =>
        TextRules.FirstProblem([ConductedBy, RecordingHeldBy, WhyNeeded], form)
        ?? (form.On is null ? "Please give the date." : AgencyTime.OutOfRange(form.On, "the date"))
        ?? (form.Status == InterviewStatus.Given && DateOnly.FromDateTime(form.On!.Value) > today ? "An interview that was given cannot be dated in the future." : null);

    protected override async Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, InterviewForm form, Interview? saved, CancellationToken cancellationToken)
    {
        var ledger = await db.Interviews.AsNoTracking().Where(i => i.FamilyId == familyId && i.FamilyMemberId == form.MemberId)
            .Select(i => new { i.Id, i.Kind, i.Status, i.On, i.ConductedBy, i.Recorded, i.RecordingHeldBy }).ToListAsync(cancellationToken);
        var earlier = TellItOnce.EarlierGiven(ledger.Select(i => (i.Id, i.Kind, i.Status, i.On, i.ConductedBy, i.Recorded, i.RecordingHeldBy)), form.Id);
        return TellItOnce.Problem(form.Status, earlier, form.WhyNeeded);
    }

    protected override IQueryable<Interview> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.InterviewsVisibleTo(scope, nowUtc);

    protected override Interview Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId, ConductedBy = "" };

    protected override void Apply(Interview record, InterviewForm form, DateOnly today)
    {
        record.FamilyMemberId = form.MemberId!.Value;
        record.Kind = form.Kind;
        record.Status = form.Status;
        record.On = DateOnly.FromDateTime(form.On!.Value);
        record.ConductedBy = form.ConductedBy.Trim();
        record.Recorded = form.Recorded;
        record.RecordingHeldBy = form.Recorded ? TextRules.Clean(form.RecordingHeldBy) : null;
        record.WhyNeeded = TextRules.Clean(form.WhyNeeded);
    }

    protected override InterviewForm ToForm(Interview r) => new()
    {
        Id = r.Id, Version = r.Version, MemberId = r.FamilyMemberId, Kind = r.Kind, Status = r.Status, On = FormDates.DateTimeOf(r.On), ConductedBy = r.ConductedBy,
        Recorded = r.Recorded, RecordingHeldBy = r.RecordingHeldBy, WhyNeeded = r.WhyNeeded,
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(InterviewForm loaded, InterviewForm theirs, InterviewForm mine) =>
        FieldConflicts.ChangedByOthers(InterviewForm.Fields, loaded, theirs, mine);
}
