using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Justice;

/// <summary>Records a family's legal proceedings with their charges and publication bans; only those who edit the file may.</summary>
public sealed class ProceedingCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, ProceedingRules rules, AuditTrail audit)
{
    public ProceedingForm NewProceeding()
    {
        var today = time.Today(clock).ToDateTime(TimeOnly.MinValue);
        return new ProceedingForm { OpenedOn = today, StatusOn = today };
    }

    /// <summary>A proceeding to edit, for those who may see it; opening it is audited.</summary>
    public async Task<ProceedingForm?> LoadAsync(SignedInStaff staff, int familyId, int proceedingId, CancellationToken cancellationToken)
    {
        var form = await CurrentAsync(staff, familyId, proceedingId, cancellationToken);
        if (form is not null)
        {
            await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Proceeding", Id(proceedingId), familyId, "Edit form"), cancellationToken);
        }

        return form;
    }

    public async Task<SaveOutcome> SaveAsync(SignedInStaff staff, int familyId, ProceedingForm form, ProceedingForm? loaded, CancellationToken cancellationToken)
    {
        var today = time.Today(clock);
        if (rules.FirstProblem(form, today) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await FamilyScope.EnsureCanEditAsync(db, staff, familyId, now, cancellationToken);
        var openedOn = DateOnly.FromDateTime(form.OpenedOn!.Value);
        if (form.Id == 0)
        {
            if (form.Status != ProceedingStatus.Open)
            {
                return SaveOutcome.Refused("A new proceeding starts as open. Save it, then record how it ended.");
            }

            var added = new LegalProceeding { FamilyId = familyId, Court = "", OpenedOn = openedOn, StatusOn = openedOn };
            Apply(added, form, familyId);
            db.Proceedings.Add(added);
            (await db.Families.SingleAsync(f => f.Id == familyId, cancellationToken)).ApplyCourtOrders(added);
            db.Actor = new AuditActor(staff.StaffId, staff.DisplayName);
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Done(added.Id, added.Version);
        }

        var proceeding = await db.Proceedings.Include(p => p.Charges).Include(p => p.PublicationBans).Include(p => p.Conditions).Include(p => p.Family)
            .SingleOrDefaultAsync(p => p.Id == form.Id && p.FamilyId == familyId, cancellationToken);
        if (proceeding is null)
        {
            return SaveOutcome.Refused(Gone);
        }

        var firstEvent = await db.CourtEvents.Where(e => e.ProceedingId == proceeding.Id).MinAsync(e => (DateTime?)e.StartsAtUtc, cancellationToken);
        if (firstEvent is { } first && time.LocalDate(first) < openedOn)
        {
            return SaveOutcome.Refused($"A court date of this proceeding is on {AgencyTime.FormatDate(time.LocalDate(first))}, so it cannot have begun later than that.");
        }

        if (proceeding.Version == form.Version && ProceedingStatuses.Moves.Problem(proceeding.Status, form.Status) is { } illegal)
        {
            return SaveOutcome.Refused(illegal);
        }

        var statusOn = StatusDate.Of(proceeding.Status, form.Status, proceeding.StatusOn, form.StatusOn, today);
        if (proceeding.Version == form.Version && statusOn < openedOn)
        {
            return SaveOutcome.Refused("The status cannot date from before the proceeding opened.");
        }

        return await VersionedSave.SaveAsync(db, proceeding, form.Version, staff, p =>
            {
                p.OpenedOn = openedOn;
                if (p.MoveTo(form.Status, statusOn) is { } refused)
                {
                    // Checked above against the same saved record, so this cannot happen without a bug.
                    throw new InvalidOperationException(refused);
                }

                p.StatusOn = statusOn;
                Apply(p, form, familyId);
                p.Family!.ApplyCourtOrders(p);
            },
            async ct => await CurrentAsync(staff, familyId, form.Id, ct) is { } current
                ? SaveOutcome.Conflict(ProceedingForm.ChangedByOthers(loaded ?? form, current, form), current.Version)
                : SaveOutcome.Refused(Gone),
            cancellationToken);
    }

    private const string Gone = "This proceeding is no longer available.";

    private static void Apply(LegalProceeding proceeding, ProceedingForm form, int familyId)
    {
        proceeding.Kind = form.Kind;
        proceeding.Court = form.Court.Trim();
        proceeding.CourtLocation = TextRules.Clean(form.CourtLocation);
        proceeding.CourtFileNumber = TextRules.Clean(form.CourtFileNumber);
        proceeding.AccusedLabel = TextRules.Clean(form.AccusedLabel);
        proceeding.CrownContact = TextRules.Clean(form.CrownContact);
        proceeding.VictimWitnessContact = TextRules.Clean(form.VictimWitnessContact);
        proceeding.PoliceService = TextRules.Clean(form.PoliceService);
        proceeding.PoliceOfficer = TextRules.Clean(form.PoliceOfficer);
        proceeding.Outcome = TextRules.Clean(form.Outcome);
        Lines.Merge(proceeding.Charges, form.Charges, c => c.Id, l => l.Id, () => new Charge { FamilyId = familyId, Section = "" }, (charge, line) =>
        {
            charge.Section = line.Section.Trim();
            charge.Wording = TextRules.Clean(line.Wording);
        });
        Lines.Merge(proceeding.PublicationBans, form.Bans, b => b.Id, l => l.Id, () => new PublicationBan { FamilyId = familyId, Section = "" }, (ban, line) =>
        {
            ban.Section = line.Section.Trim();
            ban.MadeOn = line.MadeOn is { } made ? DateOnly.FromDateTime(made) : null;
            ban.Scope = TextRules.Clean(line.Scope);
            ban.Protects = TextRules.Clean(line.Protects);
        });
        Lines.Merge(proceeding.Conditions, form.Conditions, c => c.Id, l => l.Id, () => new CourtCondition { FamilyId = familyId }, (condition, line) =>
        {
            condition.Kind = line.Kind;
            condition.MadeOn = line.MadeOn is { } made ? DateOnly.FromDateTime(made) : null;
            condition.EndsOn = line.EndsOn is { } ends ? DateOnly.FromDateTime(ends) : null;
            condition.Wording = TextRules.Clean(line.Wording);
            condition.Protects = TextRules.Clean(line.Protects);
        });
    }

    private async Task<ProceedingForm?> CurrentAsync(SignedInStaff staff, int familyId, int proceedingId, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var proceeding = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .ProceedingsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
            .Include(p => p.Charges).Include(p => p.PublicationBans).Include(p => p.Conditions)
            .SingleOrDefaultAsync(p => p.Id == proceedingId, cancellationToken);
        return proceeding is null ? null : ToForm(proceeding);
    }

    private static ProceedingForm ToForm(LegalProceeding p) => new()
    {
        Id = p.Id,
        Version = p.Version,
        Kind = p.Kind,
        Court = p.Court,
        CourtLocation = p.CourtLocation,
        CourtFileNumber = p.CourtFileNumber,
        AccusedLabel = p.AccusedLabel,
        CrownContact = p.CrownContact,
        VictimWitnessContact = p.VictimWitnessContact,
        PoliceService = p.PoliceService,
        PoliceOfficer = p.PoliceOfficer,
        OpenedOn = p.OpenedOn.ToDateTime(TimeOnly.MinValue),
        Status = p.Status,
        SavedStatus = p.Status,
        StatusOn = p.StatusOn.ToDateTime(TimeOnly.MinValue),
        Outcome = p.Outcome,
        Charges = p.Charges.OrderBy(c => c.Id).Select(c => new ChargeLine { Id = c.Id, Section = c.Section, Wording = c.Wording }).ToList(),
        Bans = p.PublicationBans.OrderBy(b => b.Id).Select(b => new BanLine { Id = b.Id, Section = b.Section, MadeOn = b.MadeOn?.ToDateTime(TimeOnly.MinValue), Scope = b.Scope, Protects = b.Protects }).ToList(),
        Conditions = p.Conditions.OrderBy(c => c.Id).Select(c => new ConditionLine
        {
            Id = c.Id, Kind = c.Kind, MadeOn = c.MadeOn?.ToDateTime(TimeOnly.MinValue), EndsOn = c.EndsOn?.ToDateTime(TimeOnly.MinValue), Wording = c.Wording, Protects = c.Protects,
        }).ToList(),
    };

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
