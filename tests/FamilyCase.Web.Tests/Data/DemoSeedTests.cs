using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Data;

public sealed class DemoSeedTests(DemoSeedTests.App app) : IClassFixture<DemoSeedTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task The_demo_agency_has_two_teams_four_caseworkers_two_supervisors_and_at_least_twelve_families()
    {
        _ = app.Server;
        await using var db = app.CreateDb();

        Assert.Equal(2, await db.Teams.CountAsync());
        Assert.Equal(4, await db.Staff.CountAsync(s => s.Role == StaffRole.Caseworker));
        Assert.Equal(2, await db.Staff.CountAsync(s => s.Role == StaffRole.Supervisor));
        Assert.True(await db.Families.CountAsync() >= 12);
        var primaries = await db.Assignments.Where(a => a.Kind == AssignmentKind.Primary && a.EndedAtUtc == null)
            .GroupBy(a => a.StaffMemberId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(4, primaries.Count);
        Assert.All(primaries, count => Assert.InRange(count, 3, 4));
    }

    [Fact]
    public async Task Every_demo_family_has_a_child_parents_or_caregivers_and_siblings_and_most_have_extended_family()
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var families = await db.Families.Include(f => f.Members).AsNoTracking().ToListAsync();
        var today = new DateOnly(2026, 11, 25);

        Assert.All(families, family =>
        {
            Assert.Single(family.Members, m => m.Role == MemberRole.IdentifiedChild);
            Assert.Contains(family.Members, m => m.Role is MemberRole.Parent or MemberRole.StepParent or MemberRole.Guardian);
            Assert.Contains(family.Members, m => m.Role == MemberRole.Sibling);
            Assert.True(FileNumber.IsValid(family.FileNumber), family.FileNumber);
            Assert.True(family.Members.Single(m => m.Role == MemberRole.IdentifiedChild).IsMinorOn(today));
        });
        Assert.True(families.Count(f => f.Members.Any(m => m.Role is MemberRole.ExtendedFamily or MemberRole.OtherSupport)) >= families.Count * 2 / 3);
    }

    [Fact]
    public async Task Every_demo_family_has_notes_consent_for_its_parents_and_some_history_to_show()
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var families = await db.Families.Include(f => f.Members).ThenInclude(m => m.Consents).Include(f => f.Notes).Include(f => f.Assignments).AsNoTracking().ToListAsync();

        Assert.All(families, family =>
        {
            Assert.InRange(family.Notes.Count, 3, 20);
            Assert.All(family.Members.Where(m => m.Role is MemberRole.Parent or MemberRole.StepParent or MemberRole.Guardian), m => Assert.NotEmpty(m.Consents));
        });
        Assert.Contains(families.SelectMany(f => f.Notes), n => n.Confidential);
        Assert.Contains(families.SelectMany(f => f.Assignments), a => a.EndedAtUtc is not null);
        Assert.Contains(families.SelectMany(f => f.Members).SelectMany(m => m.Consents), c => !c.Given);
        Assert.Contains(families.SelectMany(f => f.Members), m => m.SafeContact.Phone is not null && m.RegisteredWithVictimServices == true);
        Assert.Empty(await db.AuditEvents.Where(e => e.RecordType == "Member").ToListAsync());
    }

    [Fact]
    public async Task Demo_assessments_are_scored_by_the_system_and_signed_off_with_one_check_in_overdue()
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var assessments = await db.Assessments.Include(a => a.FamilyMember).AsNoTracking().ToListAsync();
        var phq9 = assessments.Where(a => a.InstrumentCode == "PHQ-9" && a.FamilyMember!.FirstName == "Vasanthi").OrderBy(a => a.CompletedAtUtc).ToList();
        var pcl5 = assessments.Single(a => a.InstrumentCode == "PCL-5");

        Assert.NotEmpty(assessments);
        Assert.All(assessments, a => Assert.Equal(Domain.Assessments.AssessmentStatus.Reviewed, a.Status));
        Assert.Equal([(14, "Moderate"), (8, "Mild")], phq9.Select(a => (a.Total!.Value, a.Band!)));
        Assert.Equal((36, 33), (pcl5.Total!.Value, pcl5.CutPoint!.Value));
        var suresh = assessments.Single(a => a.InstrumentCode == "CHECK-IN" && a.FamilyMember!.FirstName == "Suresh");
        Assert.True(suresh.CompletedAtUtc < new DateTime(2026, 11, 25, 0, 0, 0, DateTimeKind.Utc).AddDays(-90));
        Assert.False(suresh.IsComplete);
    }

    [Fact]
    public async Task Starting_again_does_not_seed_twice()
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        var before = await db.Families.CountAsync();

        using var again = new FamilyCaseAppFactory(new Dictionary<string, string?>(), app.DatabasePath);
        _ = again.Server;

        Assert.Equal(before, await db.Families.CountAsync());
    }
}
