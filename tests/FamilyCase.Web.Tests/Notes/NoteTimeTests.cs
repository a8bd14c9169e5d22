using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Notes;

public sealed class NoteTimeTests(NoteTimeTests.App app) : IClassFixture<NoteTimeTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_note_dated_in_the_hour_skipped_in_spring_is_refused_with_a_plain_message_and_nothing_is_saved()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var before = await db.ContactNotes.CountAsync(n => n.FamilyId == familyId);

        var outcome = await app.RunAsync<NoteCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId,
            new NoteForm { Date = new DateTime(2026, 3, 8), Time = new TimeSpan(2, 30, 0), Text = "Phoned to confirm Tuesday's meeting." }, null, CancellationToken.None));

        Assert.False(outcome.Saved);
        Assert.StartsWith("There was no 02:30 on", outcome.Problem, StringComparison.Ordinal);
        Assert.Equal(before, await db.ContactNotes.CountAsync(n => n.FamilyId == familyId));
    }

    [Fact]
    public async Task A_note_in_the_hour_that_happens_twice_in_autumn_is_kept_at_the_first_of_the_two()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);

        var outcome = await app.RunAsync<NoteCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId,
            new NoteForm { Date = new DateTime(2026, 11, 1), Time = new TimeSpan(1, 30, 0), Duration = "20", Text = "Met at the family centre." }, null, CancellationToken.None));

        Assert.True(outcome.Saved, outcome.Problem);
        await using var db = app.CreateDb();
        var note = await db.ContactNotes.SingleAsync(n => n.Id == outcome.Id);
        Assert.Equal(new DateTime(2026, 11, 1, 5, 30, 0), note.OccurredAtUtc);
        Assert.Equal(20, note.DurationMinutes);
        Assert.Equal(new TimeSpan(1, 30, 0), app.Services.GetRequiredService<AgencyTime>().ToLocal(note.OccurredAtUtc).TimeOfDay);
    }

    [Theory]
    [InlineData("abc", false)]
    [InlineData("1441", false)]
    [InlineData("-5", false)]
    [InlineData("", true)]
    [InlineData("  ", true)]
    [InlineData("45", true)]
    public void Minutes_are_a_whole_number_in_a_day_or_nothing(string typed, bool accepted) =>
        Assert.Equal(accepted, NoteForm.CheckDuration(typed) is null);
}
