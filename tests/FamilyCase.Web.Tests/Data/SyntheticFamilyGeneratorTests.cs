using FamilyCase.Data;
using FamilyCase.Data.Seeding;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Data;

public sealed class SyntheticFamilyGeneratorTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"familycase-generator-{Guid.NewGuid():N}.db");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddLogging().AddFamilyCaseData(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_path}")).BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }

    [Fact]
    public async Task Generates_the_families_asked_for_with_members_and_a_caseworker_each_and_unique_file_numbers()
    {
        await using var scope = _services.CreateAsyncScope();
        var generator = scope.ServiceProvider.GetRequiredService<SyntheticFamilyGenerator>();

        var first = await generator.GenerateAsync(2_500, seed: 7);
        var second = await generator.GenerateAsync(500, seed: 8);

        await using var db = await _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync();
        Assert.Equal(3_000, await db.Families.CountAsync());
        Assert.Equal(first.Members + second.Members, await db.FamilyMembers.CountAsync());
        Assert.InRange(first.Members, 2_500 * 3, 2_500 * 5);
        Assert.Equal(3_000, await db.Families.Select(f => f.FileNumber).Distinct().CountAsync());
        Assert.Equal(0, await db.Families.CountAsync(f => f.Assignments.Count(a => a.Kind == AssignmentKind.Primary) != 1));
        Assert.All(await db.Families.Select(f => f.FileNumber).Take(50).ToListAsync(), n => Assert.True(FileNumber.IsValid(n), n));
        // About a third are in court, each proceeding with three court dates; each team has court support to see them.
        Assert.Equal(first.Proceedings + second.Proceedings, await db.Proceedings.CountAsync());
        Assert.InRange(first.Proceedings, 2_500 / 4, 2_500 / 2);
        Assert.Equal(3 * (first.Proceedings + second.Proceedings), await db.CourtEvents.CountAsync());
        Assert.Equal(0, await db.Teams.CountAsync(t => !db.Staff.Any(s => s.TeamId == t.Id && s.Role == Domain.Staff.StaffRole.CourtSupport) && db.Staff.Any(s => s.TeamId == t.Id && s.Email.StartsWith("synthetic."))));
    }

    [Fact]
    public async Task Gives_the_supervisor_panels_something_to_find_check_ins_to_sign_off_safety_alerts_police_contacts_applications_and_refusals()
    {
        await using var scope = _services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<SyntheticFamilyGenerator>().GenerateAsync(3_000, seed: 11);

        await using var db = await _services.GetRequiredService<IDbContextFactory<FamilyCaseDb>>().CreateDbContextAsync();
        Assert.Equal(report.CheckIns, await db.Assessments.CountAsync(a => a.InstrumentCode == FamilyNeedsCheckIn.Code));
        Assert.InRange(report.CheckIns, 3_000 / 4, 3_000 * 3 / 4);
        var awaiting = await db.Assessments.CountAsync(a => a.Status == AssessmentStatus.Completed && a.ReviewedAtUtc == null);
        Assert.InRange(awaiting, 1, report.CheckIns / 4);
        Assert.Equal(0, await db.Assessments.CountAsync(a => a.Status == AssessmentStatus.Reviewed && a.ReviewedBy!.Role != Domain.Staff.StaffRole.Supervisor));
        Assert.Equal(0, await db.Assessments.CountAsync(a => a.FamilyMember!.Role == MemberRole.IdentifiedChild));

        // Alerts come from the app's own safety rule: one for each check-in whose safety rating is urgent, and no other.
        var urgentSafety = await db.AssessmentAnswers.CountAsync(a => a.ItemKey == FamilyNeedsCheckIn.SafetyDomain && a.Kind == AnswerKind.Answered && a.Value == FamilyNeedsCheckIn.Urgent);
        Assert.Equal(urgentSafety, await db.SafetyAlerts.CountAsync());
        Assert.Equal(report.SafetyAlerts, urgentSafety);
        Assert.InRange(report.SafetyAlerts, report.CheckIns / 100, report.CheckIns / 20);
        Assert.True(await db.SafetyAlerts.AnyAsync(a => a.AcknowledgedAtUtc == null), "Some alerts are still to acknowledge.");

        Assert.Equal(report.PoliceContacts, await db.PoliceContacts.CountAsync());
        Assert.True(await db.PoliceContacts.AnyAsync(p => p.Experience == PoliceExperience.NotSupported));
        Assert.Equal(report.Applications, await db.Applications.CountAsync());
        Assert.True(await db.Applications.AnyAsync(a => a.Status == ApplicationStatus.NotStarted || a.Status == ApplicationStatus.InProgress));
        Assert.Equal(report.Refusals, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessRefused && db.Staff.Any(s => s.Id == e.ActorStaffId && s.Email.StartsWith("synthetic."))));
        Assert.InRange(report.Refusals, 1, report.Caseworkers * 2);
    }
}
