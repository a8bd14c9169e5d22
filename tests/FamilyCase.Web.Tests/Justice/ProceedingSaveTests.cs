using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Justice;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Justice;

public sealed class ProceedingSaveTests(ProceedingSaveTests.App app) : IClassFixture<ProceedingSaveTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_second_editor_is_told_when_the_first_changed_only_the_charges_and_their_text_is_kept()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var (familyId, proceedingId) = await CampbellAsync();
        var amirasForm = (await app.RunAsync<ProceedingCommands, ProceedingForm?>(c => c.LoadAsync(amira, familyId, proceedingId, CancellationToken.None)))!;
        var danasForm = (await app.RunAsync<ProceedingCommands, ProceedingForm?>(c => c.LoadAsync(dana, familyId, proceedingId, CancellationToken.None)))!;

        var amirasLoaded = amirasForm.Copy();
        amirasForm.Charges.RemoveAt(2);
        var first = await app.RunAsync<ProceedingCommands, SaveOutcome>(c => c.SaveAsync(amira, familyId, amirasForm, amirasLoaded, CancellationToken.None));
        var danasLoaded = danasForm.Copy();
        danasForm.Outcome = "Preliminary inquiry set for three days.";
        var second = await app.RunAsync<ProceedingCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, danasForm, danasLoaded, CancellationToken.None));

        Assert.True(first.Saved, first.Problem);
        Assert.True(second.IsConflict);
        Assert.Contains(second.Conflicts, c => c.Field == "Charges" && c.Yours!.Contains("286.3 Procuring", StringComparison.Ordinal));
        Assert.Equal("Preliminary inquiry set for three days.", danasForm.Outcome);
        await using var db = app.CreateDb();
        Assert.Equal(2, await db.Charges.CountAsync(c => c.ProceedingId == proceedingId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.FamilyId == familyId && e.RecordType == "Charge" && e.Action == AuditAction.Delete && e.ActorStaffId == amira.StaffId));
    }

    [Fact]
    public async Task Conditions_are_saved_with_the_proceeding_audited_and_bad_ones_refused_at_the_line()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        var (familyId, proceedingId) = await CampbellAsync();
        var form = (await app.RunAsync<ProceedingCommands, ProceedingForm?>(c => c.LoadAsync(dana, familyId, proceedingId, CancellationToken.None)))!;
        var loaded = form.Copy();
        var before = form.Conditions.Count;
        form.Conditions.Add(new ConditionLine { Kind = ConditionKind.NoContact, MadeOn = new DateTime(2026, 11, 1), Wording = "Not to contact the grandmother", Protects = "Grandmother" });

        var backwards = form.Copy();
        backwards.Conditions[^1].EndsOn = new DateTime(2026, 10, 1);
        var refused = await app.RunAsync<ProceedingCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, backwards, loaded, CancellationToken.None));
        var unknownKind = form.Copy();
        unknownKind.Conditions[^1].Kind = (ConditionKind)9;
        var refusedKind = await app.RunAsync<ProceedingCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, unknownKind, loaded, CancellationToken.None));
        var saved = await app.RunAsync<ProceedingCommands, SaveOutcome>(c => c.SaveAsync(dana, familyId, form, loaded, CancellationToken.None));

        Assert.Equal("A condition cannot end before it was made.", refused.Problem);
        Assert.Equal("Please choose the kind of condition from the list.", refusedKind.Problem);
        Assert.True(saved.Saved, saved.Problem);
        await using var db = app.CreateDb();
        Assert.Equal(before + 1, await db.Set<CourtCondition>().CountAsync(c => c.ProceedingId == proceedingId));
        Assert.True(await db.AuditEvents.AnyAsync(e => e.FamilyId == familyId && e.RecordType == "CourtCondition" && e.Action == AuditAction.Create && e.ActorStaffId == dana.StaffId));
    }

    [Fact]
    public async Task An_illegal_status_change_is_refused_in_plain_words_and_nothing_changes()
    {
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        int familyId, proceedingId;
        await using (var db = app.CreateDb())
        {
            var concluded = await db.Proceedings.Where(p => p.Status == ProceedingStatus.Concluded && p.Family!.FileNumber == "FC-2025-00058").Select(p => new { p.FamilyId, p.Id }).SingleAsync();
            (familyId, proceedingId) = (concluded.FamilyId, concluded.Id);
        }

        var outcome = await app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(dana, familyId, proceedingId, CancellationToken.None))!;
            form.Status = ProceedingStatus.Open;
            return await c.SaveAsync(dana, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.StartsWith("A concluded proceeding cannot change status.", outcome.Problem, StringComparison.Ordinal);
        await using var after = app.CreateDb();
        Assert.Equal(ProceedingStatus.Concluded, await after.Proceedings.Where(p => p.Id == proceedingId).Select(p => p.Status).SingleAsync());
    }

    [Fact]
    public async Task A_proceeding_cannot_begin_after_its_first_court_date()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        var (familyId, proceedingId) = await CampbellAsync();

        var outcome = await app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, proceedingId, CancellationToken.None))!;
            // The bail hearing was 140 days ago.
            form.OpenedOn = AgencyDay.TodayAsDateTime.AddDays(-100);
            form.StatusOn = form.OpenedOn;
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.StartsWith("A court date of this proceeding is on", outcome.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_a_publication_ban_turns_on_the_familys_ban_flag_for_every_screen()
    {
        var amira = await app.StaffAsync(DemoPeople.Caseworker);
        int familyId;
        await using (var db = app.CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == "FC-2026-00015").Select(f => f.Id).SingleAsync();
            Assert.False(await db.Families.Where(f => f.Id == familyId).Select(f => f.PublicationBan).SingleAsync());
        }

        var proceedingId = await app.RunAsync<ProceedingCommands, SaveOutcome>(c =>
        {
            var form = c.NewProceeding();
            form.Court = "Ontario Court of Justice";
            return c.SaveAsync(amira, familyId, form, null, CancellationToken.None);
        });
        var withoutBan = await FlagAsync(familyId);
        var banned = await app.RunAsync<ProceedingCommands, SaveOutcome>(async c =>
        {
            var form = (await c.LoadAsync(amira, familyId, proceedingId.Id!.Value, CancellationToken.None))!;
            form.Bans.Add(new BanLine { Section = "Criminal Code s. 486.4 (identity of a complainant or witness)", Protects = "Arun" });
            return await c.SaveAsync(amira, familyId, form, form.Copy(), CancellationToken.None);
        });

        Assert.False(withoutBan);
        Assert.True(banned.Saved, banned.Problem);
        Assert.True(await FlagAsync(familyId));
        await using var after = app.CreateDb();
        Assert.Contains(await after.AuditEvents.Where(e => e.FamilyId == familyId && e.RecordType == "Family" && e.ActorStaffId == amira.StaffId).Select(e => e.Detail).ToListAsync(),
            d => d != null && d.Contains("PublicationBan", StringComparison.Ordinal));
    }

    private async Task<bool> FlagAsync(int familyId)
    {
        await using var db = app.CreateDb();
        return await db.Families.Where(f => f.Id == familyId).Select(f => f.PublicationBan).SingleAsync();
    }

    private async Task<(int FamilyId, int ProceedingId)> CampbellAsync()
    {
        await using var db = app.CreateDb();
        var p = await db.Proceedings.Where(p => p.Family!.FileNumber == "FC-2025-00091").Select(p => new { p.FamilyId, p.Id }).SingleAsync();
        return (p.FamilyId, p.Id);
    }
}
