using FamilyCase.Data;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.Directory;

public sealed record DirectoryFilter(string? Text = null, ServiceKind? Kind = null, string? Language = null, string? Area = null, bool IncludeRetired = false);

public sealed record ProgramRow(
    int Id, int OrganisationId, string Organisation, string Name, IReadOnlyList<ServiceKind> Kinds, IReadOnlyList<string> Areas, IReadOnlyList<string> Languages,
    string? Eligibility, ServiceCost Cost, string? CostNote, bool TraumaInformed, ReferralRoute Route, string? HowToRefer, string? Contact, int? TypicalWaitDays,
    bool Retired,
    bool OrganisationRetired)
{
    public string FullName => $"{Name} — {Organisation}";
}

public sealed record OrganisationRow(int Id, string Name, string? Website, string? Phone, string? Email, string? About, bool Retired, int Programs);

/// <summary>
/// The service directory, for everyone who is signed in: it holds organisations and programs, never anything about a family.
/// Retired programs stay for the history of referrals and are shown only when asked for.
/// </summary>
public sealed class DirectoryQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, DirectorySettings settings)
{
    public const int MostShown = 500;
    public const int LongestSearch = 100;

    /// <summary>Whether the person may add, change and retire entries.</summary>
    public bool MayManage(SignedInStaff staff) => FamilyAccessPolicy.MayManageDirectory(staff.Role, settings.SupervisorsMayManage);

    public async Task<IReadOnlyList<ProgramRow>> SearchAsync(SignedInStaff staff, DirectoryFilter filter, CancellationToken cancellationToken) =>
        await ReadAsync(filter, programId: null, cancellationToken);

    /// <summary>One program, retired or not: the one a saved referral was made to.</summary>
    public async Task<ProgramRow?> ProgramAsync(SignedInStaff staff, int programId, CancellationToken cancellationToken) =>
        (await ReadAsync(new DirectoryFilter(IncludeRetired: true), programId, cancellationToken)).SingleOrDefault();

    private async Task<IReadOnlyList<ProgramRow>> ReadAsync(DirectoryFilter filter, int? programId, CancellationToken cancellationToken)
    {
        var today = time.Today(clock);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var programs = db.ServicePrograms.AsNoTracking().Where(p => programId == null || p.Id == programId);
        if (!filter.IncludeRetired)
        {
            programs = programs.Where(p => (p.RetiredOn == null || p.RetiredOn > today) && (p.Organisation!.RetiredOn == null || p.Organisation.RetiredOn > today));
        }

        if (Words(filter.Text) is { } words)
        {
            var pattern = $"%{words}%";
            programs = programs.Where(p => EF.Functions.Like(p.Name, pattern) || EF.Functions.Like(p.Organisation!.Name, pattern)
                || EF.Functions.Like(p.Eligibility!, pattern) || EF.Functions.Like(p.Contact!, pattern));
        }

        if (filter.Kind is { } kind)
        {
            var token = TermList.Token(kind.ToString());
            programs = programs.Where(p => p.Kinds.Contains(token));
        }

        if (Words(filter.Language) is { } language)
        {
            var token = TermList.Token(language);
            programs = programs.Where(p => p.Languages.Contains(token));
        }

        if (Words(filter.Area) is { } area)
        {
            var token = TermList.Token(area);
            var everywhere = TermList.Token(Catchment.ProvinceWide);
            programs = programs.Where(p => p.Areas.Contains(token) || p.Areas.Contains(everywhere));
        }

        var rows = await programs.OrderBy(p => p.Organisation!.Name).ThenBy(p => p.Name).Take(MostShown)
            .Select(p => new
            {
                p.Id, p.OrganisationId, Organisation = p.Organisation!.Name, p.Name, p.Kinds, p.Areas, p.Languages, p.Eligibility, p.Cost, p.CostNote, p.TraumaInformed,
                p.Route, p.HowToRefer, p.Contact, p.TypicalWaitDays, p.RetiredOn, OrganisationRetiredOn = p.Organisation.RetiredOn,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new ProgramRow(
            p.Id, p.OrganisationId, p.Organisation, p.Name, TermList.Parse(p.Kinds).Select(Enum.Parse<ServiceKind>).ToList(), TermList.Parse(p.Areas), TermList.Parse(p.Languages),
            p.Eligibility, p.Cost, p.CostNote, p.TraumaInformed, p.Route, p.HowToRefer, p.Contact, p.TypicalWaitDays,
            p.RetiredOn <= today, p.OrganisationRetiredOn <= today)).ToList();
    }

    public async Task<IReadOnlyList<OrganisationRow>> OrganisationsAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        var today = time.Today(clock);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.ServiceOrganisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Website, o.Phone, o.Email, o.About, o.RetiredOn != null && o.RetiredOn <= today, o.Programs.Count))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The languages programs offer, for the filter.</summary>
    public async Task<IReadOnlyList<string>> LanguagesAsync(SignedInStaff staff, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var lists = await db.ServicePrograms.AsNoTracking().Select(p => p.Languages).Distinct().ToListAsync(cancellationToken);
        return lists.SelectMany(TermList.Parse).Concat(DirectorySettings.StandardLanguages).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.CurrentCulture).ToList();
    }

    // Longer searches are cut to the limit the field shows; LIKE's wildcards are taken as plain text.
    private static string? Words(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, LongestSearch)].Replace("%", "", StringComparison.Ordinal).Replace("_", " ", StringComparison.Ordinal);
}
