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

/// <summary>Victim impact statements, one per person who wants one (s. 722); court support records their progress too.</summary>
public sealed class StatementCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<VictimImpactStatement, StatementForm>(factory, clock, time, audit)
{
    public TextRule<StatementForm> Note { get; } = new("The note", columns.Of<VictimImpactStatement>(s => s.Note), f => f.Note);

    protected override string RecordType => "VictimImpactStatement";

    protected override string Gone => "This statement is no longer available.";

    protected override bool PartOfTheCourtDay => true;

    public StatementForm New(int? proceedingId) => new() { ProceedingId = proceedingId, StatusOn = Today.ToDateTime(TimeOnly.MinValue) };

    public override string? Problem(StatementForm form, DateOnly today) =>
        (form.ProceedingId is null ? "Please choose the proceeding the statement is for." : null)
        ?? Note.CheckIn(form)
        ?? AgencyTime.OutOfRange(form.StatusOn, "the date of the status");

    protected override async Task<string?> ProblemWithSavedAsync(FamilyCaseDb db, int familyId, StatementForm form, VictimImpactStatement? saved, CancellationToken cancellationToken) =>
        !await db.Proceedings.AnyAsync(p => p.Id == form.ProceedingId && p.FamilyId == familyId, cancellationToken)
            ? "That proceeding is no longer in this family's file."
            : saved is null ? null : StatementStatuses.Moves.Problem(saved.Status, form.Status);

    protected override IQueryable<VictimImpactStatement> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.StatementsVisibleTo(scope, nowUtc);

    protected override VictimImpactStatement Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId };

    protected override void Apply(VictimImpactStatement record, StatementForm form, DateOnly today)
    {
        record.StatusOn = StatusDate.Of(record.Status, form.Status, record.Id == 0 ? null : record.StatusOn, form.StatusOn, today);
        record.ProceedingId = form.ProceedingId!.Value;
        record.FamilyMemberId = form.MemberId!.Value;
        record.Status = form.Status;
        record.Format = form.Format;
        record.Note = TextRules.Clean(form.Note);
    }

    protected override StatementForm ToForm(VictimImpactStatement r) => new()
    {
        Id = r.Id, Version = r.Version, ProceedingId = r.ProceedingId, MemberId = r.FamilyMemberId, Status = r.Status, SavedStatus = r.Status, Format = r.Format,
        StatusOn = FormDates.DateTimeOf(r.StatusOn), Note = r.Note,
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(StatementForm loaded, StatementForm theirs, StatementForm mine) =>
        FieldConflicts.ChangedByOthers(StatementForm.Fields, loaded, theirs, mine);
}
