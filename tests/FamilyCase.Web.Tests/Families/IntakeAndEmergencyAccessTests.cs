using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Intake;
using FamilyCase.Web.Features.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Families;

public sealed class IntakeAndEmergencyAccessTests(IntakeAndEmergencyAccessTests.App app) : IClassFixture<IntakeAndEmergencyAccessTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Opening_a_family_gives_it_the_next_file_number_of_the_year_a_child_and_the_caseworker_as_primary()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var today = app.Services.GetRequiredService<AgencyTime>().Today(TimeProvider.System);

        var first = await app.RunAsync<IntakeCommand, SaveOutcome>(c => c.OpenAsync(amira, Intake("Lindgren family", today), CancellationToken.None));
        var second = await app.RunAsync<IntakeCommand, SaveOutcome>(c => c.OpenAsync(amira, Intake("Moreau family", today), CancellationToken.None));

        Assert.True(first.Saved, first.Problem);
        await using var db = app.CreateDb();
        var one = await db.Families.Include(f => f.Members).Include(f => f.Assignments).SingleAsync(f => f.Id == first.Id);
        var two = await db.Families.SingleAsync(f => f.Id == second.Id);
        Assert.True(FileNumber.IsValid(one.FileNumber));
        Assert.StartsWith($"FC-{today.Year}-", one.FileNumber, StringComparison.Ordinal);
        Assert.Equal(int.Parse(one.FileNumber[^5..], System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(two.FileNumber[^5..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(MemberRole.IdentifiedChild, Assert.Single(one.Members).Role);
        var assignment = Assert.Single(one.Assignments);
        Assert.Equal((amira.StaffId, AssignmentKind.Primary), (assignment.StaffMemberId, assignment.Kind));
        Assert.Equal(amira.TeamId, one.TeamId);
    }

    [Theory]
    [InlineData("", "Zara", "Please give the family a name")]
    [InlineData("Lind family", "", "Please enter the child's first name.")]
    public async Task Intake_without_what_it_needs_says_what_is_missing_and_opens_nothing(string familyName, string childFirstName, string message)
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var today = app.Services.GetRequiredService<AgencyTime>().Today(TimeProvider.System);
        var form = Intake(familyName, today);
        form.ChildFirstName = childFirstName;
        await using var db = app.CreateDb();
        var before = await db.Families.CountAsync();

        var outcome = await app.RunAsync<IntakeCommand, SaveOutcome>(c => c.OpenAsync(amira, form, CancellationToken.None));

        Assert.False(outcome.Saved);
        Assert.StartsWith(message, outcome.Problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.Families.CountAsync());
    }

    [Fact]
    public async Task Emergency_access_opens_an_unassigned_family_for_a_stated_reason_is_audited_and_shows_on_the_supervisors_list()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        int othersFamily;
        await using (var lookup = app.CreateDb())
        {
            othersFamily = await lookup.Families
                .Where(f => f.TeamId == amira.TeamId && !f.Assignments.Any(a => a.StaffMemberId == amira.StaffId && a.EndedAtUtc == null))
                .Select(f => f.Id).FirstAsync();
        }

        Assert.Null(await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, othersFamily, CancellationToken.None)));

        await app.RunAsync<EmergencyAccessCommand, bool>(async c =>
        {
            await c.GrantAsync(amira, othersFamily, "Mother called the after-hours line in crisis; Jordan is away.", CancellationToken.None);
            return true;
        });

        var file = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(amira, othersFamily, CancellationToken.None));
        Assert.NotNull(file);
        Assert.NotNull(file.Header.EmergencyAccessUntilUtc);
        await using var db = app.CreateDb();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.EmergencyAccess && e.FamilyId == othersFamily && e.ActorStaffId == amira.StaffId));
        var list = await app.RunAsync<EmergencyAccessQuery, IReadOnlyList<EmergencyAccessRow>>(q => q.ExecuteAsync(dana, CancellationToken.None));
        var row = Assert.Single(list, r => r.FamilyId == othersFamily);
        Assert.Equal("Amira Haddad", row.Staff);
        Assert.Equal(TimeSpan.FromHours(4), row.ExpiresAtUtc - row.StartedAtUtc);
    }

    [Fact]
    public async Task Emergency_access_needs_a_real_reason_and_is_only_for_caseworkers()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var family = await app.FamilyOfAsync("luc");

        await Assert.ThrowsAsync<ArgumentException>(() => app.RunAsync<EmergencyAccessCommand, bool>(async c =>
        {
            await c.GrantAsync(amira, family, "urgent", CancellationToken.None);
            return true;
        }));
        await Assert.ThrowsAsync<FamilyAccessDeniedException>(() => app.RunAsync<EmergencyAccessCommand, bool>(async c =>
        {
            await c.GrantAsync(grace, family, "I need to see this family's file now.", CancellationToken.None);
            return true;
        }));
    }

    private static IntakeForm Intake(string familyName, DateOnly today)
    {
        var form = new IntakeForm { ChildFirstName = "Zara", ChildLastName = "Test", ChildDateOfBirth = new DateTime(2012, 3, 4) };
        form.Family.DisplayName = familyName;
        form.Family.OpenedOn = today.ToDateTime(TimeOnly.MinValue);
        return form;
    }
}
