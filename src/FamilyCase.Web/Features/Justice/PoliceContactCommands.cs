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

/// <summary>Police contacts, with how the person experienced them in their own words; recorded by those who edit the file.</summary>
public sealed class PoliceContactCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns)
    : MemberRecordCommands<PoliceContact, PoliceContactForm>(factory, clock, time, audit)
{
    public TextRule<PoliceContactForm> Service { get; } = new("The police service", columns.Of<PoliceContact>(p => p.PoliceService), f => f.PoliceService,
        text => string.IsNullOrWhiteSpace(text) ? "Please name the police service." : null);
    public TextRule<PoliceContactForm> Officer { get; } = new("The officer", columns.Of<PoliceContact>(p => p.Officer), f => f.Officer);
    public TextRule<PoliceContactForm> Purpose { get; } = new("The purpose", columns.Of<PoliceContact>(p => p.Purpose), f => f.Purpose,
        text => string.IsNullOrWhiteSpace(text) ? "Please say briefly what the contact was for." : null);
    public TextRule<PoliceContactForm> InTheirWords { get; } = new("Their words", columns.Of<PoliceContact>(p => p.InTheirWords), f => f.InTheirWords);
    public TextRule<PoliceContactForm> FollowUp { get; } = new("The follow-up", columns.Of<PoliceContact>(p => p.FollowUp), f => f.FollowUp);

    protected override string RecordType => "PoliceContact";

    protected override string Gone => "This police contact is no longer available.";

    protected override bool PartOfTheCourtDay => false;

    public PoliceContactForm New() => new() { OccurredOn = Today.ToDateTime(TimeOnly.MinValue) };

    public override string? Problem(PoliceContactForm form, DateOnly today) =>
        TextRules.FirstProblem([Service, Officer, Purpose, InTheirWords, FollowUp], form) ?? FormDates.CheckPast(form.OccurredOn, "the date of the contact", today);

    protected override IQueryable<PoliceContact> Visible(IQueryable<Family> family, StaffScope scope, DateTime nowUtc) => family.PoliceContactsVisibleTo(scope, nowUtc);

    protected override PoliceContact Create(int familyId, SignedInStaff staff) => new() { FamilyId = familyId, PoliceService = "", Purpose = "" };

    protected override void Apply(PoliceContact record, PoliceContactForm form, DateOnly today)
    {
        record.FamilyMemberId = form.MemberId!.Value;
        record.OccurredOn = DateOnly.FromDateTime(form.OccurredOn!.Value);
        record.PoliceService = form.PoliceService.Trim();
        record.Officer = TextRules.Clean(form.Officer);
        record.Purpose = form.Purpose.Trim();
        record.Experience = form.Experience;
        record.InTheirWords = TextRules.Clean(form.InTheirWords);
        record.FollowUp = TextRules.Clean(form.FollowUp);
    }

    protected override PoliceContactForm ToForm(PoliceContact r) => new()
    {
        Id = r.Id, Version = r.Version, MemberId = r.FamilyMemberId, OccurredOn = FormDates.DateTimeOf(r.OccurredOn), PoliceService = r.PoliceService, Officer = r.Officer,
        Purpose = r.Purpose, Experience = r.Experience, InTheirWords = r.InTheirWords, FollowUp = r.FollowUp,
    };

    protected override IReadOnlyList<FieldConflict> Conflicts(PoliceContactForm loaded, PoliceContactForm theirs, PoliceContactForm mine) =>
        FieldConflicts.ChangedByOthers(PoliceContactForm.Fields, loaded, theirs, mine);
}
