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

/// <summary>What each person was told about their rights and the case, when, by whom and how; court support records it too.</summary>
public sealed class InformationGivenCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<InformationGiven, InformationGivenForm>(factory, clock, time, audit)
{
    public TextRule<InformationGivenForm> Note { get; } = new("The note", columns.Of<InformationGiven>(i => i.Note), f => f.Note);

    protected override string RecordType => "InformationGiven";

    protected override string Gone => "This record is no longer available.";

    protected override bool PartOfTheCourtDay => true;

    public InformationGivenForm New() => new() { GivenOn = Today.ToDateTime(TimeOnly.MinValue) };

    public override string? Problem(InformationGivenForm form, DateOnly today) =>
        Note.CheckIn(form) ?? FormDates.CheckPast(form.GivenOn, "the date it was given", today);

    protected override IQueryable<InformationGiven> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.InformationGivenVisibleTo(scope, nowUtc);

    // Whoever records it is the person who gave it; an edit keeps the original giver.
    protected override InformationGiven Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId, GivenByStaffId = staff.StaffId };

    protected override void Apply(InformationGiven record, InformationGivenForm form, DateOnly today)
    {
        record.FamilyMemberId = form.MemberId!.Value;
        record.Topic = form.Topic;
        record.GivenOn = DateOnly.FromDateTime(form.GivenOn!.Value);
        record.Method = form.Method;
        record.Note = TextRules.Clean(form.Note);
    }

    protected override InformationGivenForm ToForm(InformationGiven r) => new()
    {
        Id = r.Id, Version = r.Version, MemberId = r.FamilyMemberId, Topic = r.Topic, GivenOn = FormDates.DateTimeOf(r.GivenOn), Method = r.Method, Note = r.Note,
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(InformationGivenForm loaded, InformationGivenForm theirs, InformationGivenForm mine) =>
        FieldConflicts.ChangedByOthers(InformationGivenForm.Fields, loaded, theirs, mine);
}
