using FamilyCase.Data;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using FamilyCase.Web.Features.Caseload;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Caseload;

public sealed class CaseloadQueryTests(CaseloadQueryTests.App app) : IClassFixture<CaseloadQueryTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    private static readonly CaseloadRequest FirstPage = new(null, CaseloadSort.FileNumber, false, 0, 25);

    [Fact]
    public async Task A_caseworker_sees_exactly_the_families_they_are_assigned_to()
    {
        var (scope, expected) = await ScopeAndAssignedFamiliesAsync("amira");

        var result = await QueryAsync(scope, FirstPage);

        Assert.Equal(expected, result.Rows.Select(r => r.FileNumber).Order());
        Assert.Equal(expected.Count, result.Total);
    }

    [Fact]
    public async Task A_supervisor_sees_every_family_of_their_team_and_none_of_the_other()
    {
        await using var db = app.CreateDb();
        var dana = await db.Staff.SingleAsync(s => s.Email.StartsWith("dana"));
        var teamFamilies = await db.Families.Where(f => f.TeamId == dana.TeamId).Select(f => f.FileNumber).OrderBy(n => n).ToListAsync();

        var result = await QueryAsync(new Web.Authentication.SignedInStaff(dana.Id, dana.DisplayName, dana.Role, dana.TeamId), FirstPage with { PageSize = 100 });

        Assert.NotEmpty(teamFamilies);
        Assert.Equal(teamFamilies, result.Rows.Select(r => r.FileNumber).Order());
        Assert.Equal(await db.Teams.Where(t => t.Id == dana.TeamId).Select(t => t.Name).SingleAsync(), Assert.Single(result.Rows.Select(r => r.Team).Distinct()));
    }

    [Fact]
    public async Task Court_support_sees_the_families_they_support_and_their_team_s_families_with_an_open_proceeding()
    {
        var (scope, assigned) = await ScopeAndAssignedFamiliesAsync("grace");
        List<string> inCourt;
        await using (var db = app.CreateDb())
        {
            inCourt = await db.Families.Where(f => f.TeamId == scope.TeamId && f.Proceedings.Any(p => p.Status == Domain.Justice.ProceedingStatus.Open))
                .Select(f => f.FileNumber).ToListAsync();
        }

        var result = await QueryAsync(scope, FirstPage);

        var seen = result.Rows.Select(r => r.FileNumber).ToList();
        Assert.Equal(assigned.Union(inCourt).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        // The Nadarajah family has an open restraining-order application and no court-support assignment; the Warsame family has no proceeding.
        Assert.Contains("FC-2026-00015", seen);
        Assert.DoesNotContain("FC-2026-00057", seen);
    }

    [Fact]
    public async Task An_administrator_sees_no_families()
    {
        await using var db = app.CreateDb();
        var sam = await db.Staff.SingleAsync(s => s.Email.StartsWith("sam"));

        var result = await QueryAsync(new Web.Authentication.SignedInStaff(sam.Id, sam.DisplayName, sam.Role, sam.TeamId), FirstPage);

        Assert.Empty(result.Rows);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public async Task Search_finds_a_family_by_a_member_name_or_file_number_but_only_within_scope()
    {
        var (amira, assigned) = await ScopeAndAssignedFamiliesAsync("amira");
        var (priya, _) = await ScopeAndAssignedFamiliesAsync("priya");
        await using var db = app.CreateDb();
        var family = await db.Families.Include(f => f.Members).SingleAsync(f => f.FileNumber == assigned[0]);
        var sibling = family.Members.First(m => m.Role == MemberRole.Sibling);

        var byName = await QueryAsync(amira, FirstPage with { Search = sibling.FirstName.ToUpperInvariant() });
        var byNumber = await QueryAsync(amira, FirstPage with { Search = family.FileNumber[^5..] });
        var fromOtherTeam = await QueryAsync(priya, FirstPage with { Search = family.FileNumber });

        Assert.Contains(byName.Rows, r => r.FileNumber == family.FileNumber);
        Assert.Equal(family.FileNumber, Assert.Single(byNumber.Rows).FileNumber);
        Assert.Empty(fromOtherTeam.Rows);
    }

    [Fact]
    public async Task Search_treats_wildcard_characters_as_plain_text()
    {
        var (amira, _) = await ScopeAndAssignedFamiliesAsync("amira");

        var result = await QueryAsync(amira, FirstPage with { Search = "%" });

        Assert.Empty(result.Rows);
    }

    [Fact]
    public async Task Pages_cover_every_family_once_with_the_total_on_every_page()
    {
        await using var db = app.CreateDb();
        var dana = await db.Staff.SingleAsync(s => s.Email.StartsWith("dana"));
        var scope = new Web.Authentication.SignedInStaff(dana.Id, dana.DisplayName, dana.Role, dana.TeamId);
        var all = await QueryAsync(scope, FirstPage with { PageSize = 100 });

        var pages = new List<CaseloadResult>();
        for (var page = 0; page * 3 < all.Total; page++)
        {
            pages.Add(await QueryAsync(scope, new CaseloadRequest(null, CaseloadSort.FamilyName, true, page, 3)));
        }

        Assert.All(pages, p => Assert.Equal(all.Total, p.Total));
        var paged = pages.SelectMany(p => p.Rows).Select(r => r.DisplayName).ToList();
        Assert.Equal(all.Total, paged.Distinct().Count());
        Assert.Equal(paged.OrderDescending(StringComparer.Ordinal), paged);
    }

    private async Task<CaseloadResult> QueryAsync(Web.Authentication.SignedInStaff scope, CaseloadRequest request)
    {
        using var services = app.Services.CreateScope();
        return await services.ServiceProvider.GetRequiredService<CaseloadQuery>().ExecuteAsync(scope, request, CancellationToken.None);
    }

    private async Task<(Web.Authentication.SignedInStaff Scope, List<string> FileNumbers)> ScopeAndAssignedFamiliesAsync(string userName)
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var person = await db.Staff.SingleAsync(s => s.Email.StartsWith(userName));
        var fileNumbers = await db.Assignments
            .Where(a => a.StaffMemberId == person.Id && a.EndedAtUtc == null)
            .Select(a => a.Family!.FileNumber).Distinct().OrderBy(n => n).ToListAsync();
        return (new Web.Authentication.SignedInStaff(person.Id, person.DisplayName, person.Role, person.TeamId), fileNumbers);
    }
}
