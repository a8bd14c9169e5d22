using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Domain.Time;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Intake;

public sealed class IntakeTests(IntakeTests.App app) : IClassFixture<IntakeTests.App>
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

    private static IntakeForm Intake(string familyName, DateOnly today)
    {
        var form = new IntakeForm { ChildFirstName = "Zara", ChildLastName = "Test", ChildDateOfBirth = new DateTime(2012, 3, 4) };
        form.Family.DisplayName = familyName;
        form.Family.OpenedOn = today.ToDateTime(TimeOnly.MinValue);
        return form;
    }
}
