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

/// <summary>Applications with deadlines: VQRP+ deadlines are worked out from the date of the crime; a passed deadline is shown, never refused.</summary>
public sealed class ApplicationCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns, ApplicationDeadlines deadlines)
    : MemberRecordCommands<JusticeApplication, ApplicationForm>(factory, clock, time, audit)
{
    public TextRule<ApplicationForm> Outcome { get; } = new("The outcome", columns.Of<JusticeApplication>(a => a.Outcome), f => f.Outcome);

    protected override string RecordType => "Application";

    protected override string Gone => "This application is no longer available.";

    protected override bool PartOfTheCourtDay => false;

    public ApplicationForm New() => new() { StatusOn = Today.ToDateTime(TimeOnly.MinValue) };

    /// <summary>The due date the form will be saved with: worked out for VQRP+, as typed otherwise.</summary>
    public DateOnly? DueOn(ApplicationForm form) =>
        ApplicationDeadlines.HasSetDeadline(form.Kind) ? deadlines.DueOn(form.Kind, FormDates.DateOf(form.CrimeDate)) : FormDates.DateOf(form.DueOn);

    public override string? Problem(ApplicationForm form, DateOnly today) =>
        Outcome.CheckIn(form)
        ?? (ApplicationDeadlines.HasSetDeadline(form.Kind) && form.CrimeDate is null ? "VQRP+ deadlines count from the date of the crime; please give it (an approximate date is fine)." : null)
        ?? (form.CrimeDate is { } crime && DateOnly.FromDateTime(crime) > today ? "The date of the crime cannot be in the future." : null)
        ?? AgencyTime.OutOfRange(form.CrimeDate, "the date of the crime")
        ?? AgencyTime.OutOfRange(form.DueOn, "the due date")
        ?? AgencyTime.OutOfRange(form.StatusOn, "the date of the status");

    // A new record may start at any status (an application made before it was recorded); a saved one moves only along the path.
    protected override Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, ApplicationForm form, JusticeApplication? saved, CancellationToken cancellationToken) =>
        Task.FromResult(saved is null ? null : ApplicationStatuses.Moves.Problem(saved.Status, form.Status));

    protected override IQueryable<JusticeApplication> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.ApplicationsVisibleTo(scope, nowUtc);

    protected override JusticeApplication Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId };

    protected override void Apply(JusticeApplication record, ApplicationForm form, DateOnly today)
    {
        record.StatusOn = StatusDate.Of(record.Status, form.Status, record.Id == 0 ? null : record.StatusOn, form.StatusOn, today);

        record.FamilyMemberId = form.MemberId!.Value;
        record.Kind = form.Kind;
        record.CrimeDate = FormDates.DateOf(form.CrimeDate);
        record.DueOn = DueOn(form);
        record.Status = form.Status;
        record.Outcome = TextRules.Clean(form.Outcome);
    }

    protected override ApplicationForm ToForm(JusticeApplication r) => new()
    {
        Id = r.Id, Version = r.Version, MemberId = r.FamilyMemberId, Kind = r.Kind, CrimeDate = FormDates.DateTimeOf(r.CrimeDate), DueOn = FormDates.DateTimeOf(r.DueOn),
        Status = r.Status, SavedStatus = r.Status, StatusOn = FormDates.DateTimeOf(r.StatusOn), Outcome = r.Outcome,
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(ApplicationForm loaded, ApplicationForm theirs, ApplicationForm mine) =>
        FieldConflicts.ChangedByOthers(ApplicationForm.Fields, loaded, theirs, mine);
}
