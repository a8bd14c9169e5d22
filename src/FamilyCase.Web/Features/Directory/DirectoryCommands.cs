using System.Globalization;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Directory;

/// <summary>
/// Keeps the service directory, for those <see cref="DirectoryQuery.MayManage"/> allows. Entries are retired, never deleted,
/// so every referral keeps the program it was made to. Every change is audited.
/// </summary>
public sealed class DirectoryCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, ColumnLimits columns, DirectoryQuery directory, DirectorySettings settings)
{
    public const int LongestWait = 730;
    private const string NotAllowed = "Only the people who keep the service directory can change it.";

    public TextRule<OrganisationForm> OrganisationName { get; } = new("The name", columns.Of<ServiceOrganisation>(o => o.Name), f => f.Name,
        text => string.IsNullOrWhiteSpace(text) ? "Please give the organisation's name." : null);
    public TextRule<OrganisationForm> Website { get; } = new("The website", columns.Of<ServiceOrganisation>(o => o.Website), f => f.Website);
    public TextRule<OrganisationForm> Phone { get; } = new("The phone number", columns.Of<ServiceOrganisation>(o => o.Phone), f => f.Phone);
    public TextRule<OrganisationForm> Email { get; } = new("The email address", columns.Of<ServiceOrganisation>(o => o.Email), f => f.Email);
    public TextRule<OrganisationForm> About { get; } = new("About", columns.Of<ServiceOrganisation>(o => o.About), f => f.About);

    public TextRule<ProgramForm> ProgramName { get; } = new("The name", columns.Of<ServiceProgram>(p => p.Name), f => f.Name,
        text => string.IsNullOrWhiteSpace(text) ? "Please give the program's name." : null);
    public TextRule<ProgramForm> Eligibility { get; } = new("Who is eligible", columns.Of<ServiceProgram>(p => p.Eligibility), f => f.Eligibility);
    public TextRule<ProgramForm> CostNote { get; } = new("About the cost", columns.Of<ServiceProgram>(p => p.CostNote), f => f.CostNote);
    public TextRule<ProgramForm> HowToRefer { get; } = new("How to refer", columns.Of<ServiceProgram>(p => p.HowToRefer), f => f.HowToRefer);
    public TextRule<ProgramForm> Contact { get; } = new("The contact", columns.Of<ServiceProgram>(p => p.Contact), f => f.Contact);

    public IReadOnlyList<string> Areas => settings.Areas;

    public string? Problem(OrganisationForm form) => TextRules.FirstProblem([OrganisationName, Website, Phone, Email, About], form);

    public string? Problem(ProgramForm form) =>
        TextRules.FirstProblem([ProgramName, Eligibility, CostNote, HowToRefer, Contact], form)
        ?? (form.OrganisationId is null ? "Please choose the organisation that runs the program." : null)
        ?? (form.Kinds.Count == 0 ? "Please choose at least one kind of service." : null)
        ?? (form.Areas.Count == 0 ? "Please choose the areas the program serves (or province-wide)." : null)
        ?? (form.Areas.FirstOrDefault(a => !settings.Areas.Contains(a, StringComparer.OrdinalIgnoreCase)) is { } unknown ? $"'{unknown}' is not one of the agency's areas." : null)
        ?? (form.Languages.Count == 0 ? "Please give at least one language the program is offered in." : null)
        ?? (columns.Of<ServiceProgram>(p => p.Languages) is var most && TermList.Format(form.Languages).Length > most ? "That is too many languages for one program; please list the main ones." : null)
        ?? (form.TypicalWaitDays is < 0 or > LongestWait ? $"The typical wait is a number of days from 0 to {LongestWait}." : null);

    public async Task<OrganisationForm?> LoadOrganisationAsync(SignedInStaff staff, int id, CancellationToken cancellationToken)
    {
        var today = time.Today(clock);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceOrganisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationForm
            {
                Id = o.Id, Version = o.Version, Name = o.Name, Website = o.Website, Phone = o.Phone, Email = o.Email, About = o.About, Retired = o.RetiredOn != null && o.RetiredOn <= today,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<ProgramForm?> LoadProgramAsync(SignedInStaff staff, int id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var p = await db.ServicePrograms.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return p is null ? null : new ProgramForm
        {
            Id = p.Id, Version = p.Version, OrganisationId = p.OrganisationId, Name = p.Name, Kinds = p.KindList.ToList(), Areas = TermList.Parse(p.Areas),
            Languages = TermList.Parse(p.Languages), Eligibility = p.Eligibility, Cost = p.Cost, CostNote = p.CostNote, TraumaInformed = p.TraumaInformed,
            Route = p.Route, HowToRefer = p.HowToRefer, Contact = p.Contact, TypicalWaitDays = p.TypicalWaitDays,
        };
    }

    public async Task<SaveOutcome> SaveOrganisationAsync(SignedInStaff staff, OrganisationForm form, OrganisationForm? loaded, CancellationToken cancellationToken)
    {
        if (Problem(form) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, staff, "ServiceOrganisation", form.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = form.Name.Trim();
        var lower = name.ToLowerInvariant();

        // Compared in the database with LOWER(), which both providers translate; a StringComparison would not translate.
#pragma warning disable CA1862
        if (await db.ServiceOrganisations.AnyAsync(o => o.Name.ToLower() == lower && o.Id != form.Id, cancellationToken))
        {
            return SaveOutcome.Refused($"The directory already has an organisation called {name}.");
        }

        // Consent to share is given to an organisation by its name, so a rename would quietly cut people's decisions off from it.
        var savedName = form.Id == 0 ? null : await db.ServiceOrganisations.Where(o => o.Id == form.Id).Select(o => o.Name).SingleOrDefaultAsync(cancellationToken);
        if (savedName is not null && !string.Equals(savedName, name, StringComparison.OrdinalIgnoreCase)
            && await db.Consents.AnyAsync(c => c.Recipient != null && c.Recipient.ToLower() == savedName.ToLower(), cancellationToken))
#pragma warning restore CA1862
        {
            return SaveOutcome.Refused($"People's consent decisions name {savedName}, so it keeps that name. If the organisation has a new name, add it as a new organisation and retire the programs of this one.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        SaveOutcome outcome;
        if (form.Id == 0)
        {
            var added = new ServiceOrganisation { Name = name, CreatedAtUtc = now, UpdatedAtUtc = now };
            Apply(added, form, time.Today(clock));
            db.ServiceOrganisations.Add(added);
            await db.SaveChangesAsync(cancellationToken);
            outcome = SaveOutcome.Done(added.Id, added.Version);
        }
        else
        {
            var saved = await db.ServiceOrganisations.SingleOrDefaultAsync(o => o.Id == form.Id, cancellationToken);
            if (saved is null)
            {
                return SaveOutcome.Refused(Gone);
            }

            outcome = await VersionedSave.SaveAsync(db, saved, form.Version, staff, o => Apply(o, form, time.Today(clock)),
                async ct => await LoadOrganisationAsync(staff, form.Id, ct) is { } current
                    ? SaveOutcome.Conflict(FieldConflicts.ChangedByOthers(OrganisationForm.Fields, loaded ?? form, current, form), current.Version)
                    : SaveOutcome.Refused(Gone),
                cancellationToken);
        }

        await AuditAsync(staff, outcome, "ServiceOrganisation", form.Id == 0 ? "Added to the service directory" : "Changed in the service directory", cancellationToken);
        return outcome;
    }

    public async Task<SaveOutcome> SaveProgramAsync(SignedInStaff staff, ProgramForm form, ProgramForm? loaded, CancellationToken cancellationToken)
    {
        if (Problem(form) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, staff, "ServiceProgram", form.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!await db.ServiceOrganisations.AnyAsync(o => o.Id == form.OrganisationId, cancellationToken))
        {
            return SaveOutcome.Refused("That organisation is no longer in the directory. Please choose again.");
        }

        var name = form.Name.Trim();
        if (await db.ServicePrograms.AnyAsync(p => p.OrganisationId == form.OrganisationId && p.Name == name && p.Id != form.Id, cancellationToken))
        {
            return SaveOutcome.Refused($"This organisation already has a program called {name}.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        SaveOutcome outcome;
        if (form.Id == 0)
        {
            var added = new ServiceProgram { Name = name, CreatedAtUtc = now, UpdatedAtUtc = now };
            Apply(added, form);
            db.ServicePrograms.Add(added);
            await db.SaveChangesAsync(cancellationToken);
            outcome = SaveOutcome.Done(added.Id, added.Version);
        }
        else
        {
            var saved = await db.ServicePrograms.SingleOrDefaultAsync(p => p.Id == form.Id, cancellationToken);
            if (saved is null)
            {
                return SaveOutcome.Refused(Gone);
            }

            outcome = await VersionedSave.SaveAsync(db, saved, form.Version, staff, p => Apply(p, form),
                async ct => await LoadProgramAsync(staff, form.Id, ct) is { } current
                    ? SaveOutcome.Conflict(FieldConflicts.ChangedByOthers(ProgramForm.Fields, loaded ?? form, current, form), current.Version)
                    : SaveOutcome.Refused(Gone),
                cancellationToken);
        }

        await AuditAsync(staff, outcome, "ServiceProgram", form.Id == 0 ? "Added to the service directory" : "Changed in the service directory", cancellationToken);
        return outcome;
    }

    /// <summary>Retires a program (no new referrals; its history stays) or brings it back.</summary>
    public async Task<SaveOutcome> SetProgramRetiredAsync(SignedInStaff staff, int programId, bool retired, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (await RefusedAsync(db, staff, "ServiceProgram", programId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var program = await db.ServicePrograms.SingleOrDefaultAsync(p => p.Id == programId, cancellationToken);
        if (program is null)
        {
            return SaveOutcome.Refused(Gone);
        }

        program.RetiredOn = retired ? time.Today(clock) : null;
        program.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        var outcome = SaveOutcome.Done(program.Id, program.Version);
        await AuditAsync(staff, outcome, "ServiceProgram", retired ? "Retired from the service directory" : "Brought back into the service directory", cancellationToken);
        return outcome;
    }

    private const string Gone = "This entry is no longer in the directory.";

    private async Task<SaveOutcome?> RefusedAsync(FamilyCaseDb db, SignedInStaff staff, string recordType, int id, CancellationToken cancellationToken)
    {
        if (directory.MayManage(staff) && await FamilyScope.IsCurrentAsync(db, staff, cancellationToken))
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(AuditAction.AccessRefused, staff.DisplayName, staff.StaffId, recordType, id.ToString(CultureInfo.InvariantCulture), null, "Change refused"), cancellationToken);
        return SaveOutcome.Refused(NotAllowed);
    }

    private async Task AuditAsync(SignedInStaff staff, SaveOutcome outcome, string recordType, string detail, CancellationToken cancellationToken)
    {
        if (outcome is { Saved: true, Id: { } id })
        {
            await audit.RecordAsync(new AuditEntry(AuditAction.Change, staff.DisplayName, staff.StaffId, recordType, id.ToString(CultureInfo.InvariantCulture), null, detail), cancellationToken);
        }
    }

    private static void Apply(ServiceOrganisation organisation, OrganisationForm form, DateOnly today)
    {
        organisation.RetiredOn = form.Retired ? (organisation.RetiredOn is { } retired && retired <= today ? retired : today) : null;
        organisation.Name = form.Name.Trim();
        organisation.Website = TextRules.Clean(form.Website);
        organisation.Phone = TextRules.Clean(form.Phone);
        organisation.Email = TextRules.Clean(form.Email);
        organisation.About = TextRules.Clean(form.About);
    }

    private static void Apply(ServiceProgram program, ProgramForm form)
    {
        program.OrganisationId = form.OrganisationId!.Value;
        program.Name = form.Name.Trim();
        program.Kinds = TermList.Format(form.Kinds.Distinct().Order().Select(k => k.ToString()));
        program.Areas = TermList.Format(form.Areas);
        program.Languages = TermList.Format(form.Languages);
        program.Eligibility = TextRules.Clean(form.Eligibility);
        program.Cost = form.Cost;
        program.CostNote = TextRules.Clean(form.CostNote);
        program.TraumaInformed = form.TraumaInformed;
        program.Route = form.Route;
        program.HowToRefer = TextRules.Clean(form.HowToRefer);
        program.Contact = TextRules.Clean(form.Contact);
        program.TypicalWaitDays = form.TypicalWaitDays;
    }
}
