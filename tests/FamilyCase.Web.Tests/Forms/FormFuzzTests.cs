using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using AngleSharp.Dom;
using Bunit;
using Bunit.TestDoubles;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features.Assessments;
using FamilyCase.Web.Features.Audit;
using FamilyCase.Web.Features.Caseload;
using FamilyCase.Web.Features.Directory;
using FamilyCase.Web.Features.Consents;
using FamilyCase.Web.Features.CourtDocuments;
using FamilyCase.Web.Features.Dashboard;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Intake;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Notes;
using FamilyCase.Web.Features.Plans;
using FamilyCase.Web.Features.Shared;
using FamilyCase.Web.Tests.Architecture;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FamilyCase.Web.Tests.Forms;

/// <summary>
/// Every form of the app, driven through its real components over a real database with input nobody should have to
/// think about: far too long, empty, odd Unicode, and markup. No exception may escape; nothing may be half-saved or cut short;
/// a text longer than its column is stopped with a message at the field. The forms are found by reading the compiled
/// components, so a new form without a scenario here fails the first test.
/// </summary>
public sealed class FormFuzzTests : FamilyFileComponentContext
{
    private static readonly string Oversized = new('x', 10_000);
    private const string OddUnicode = "Zoë Nguyễn 👩‍👧‍👦 \u202Eright-to-left\u202C 𝕏 ǅ e\u0301 ½";
    private const string Markup = "<script>alert('x')</script><b>bold</b> & \"quoted\"";

    private static readonly Dictionary<string, string> Payloads = new()
    {
        ["oversized"] = Oversized,
        ["empty"] = "",
        ["odd unicode"] = OddUnicode,
        ["markup"] = Markup,
    };

    private static readonly JsonSerializerOptions AsTyped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed record Screen(Func<string, IReadOnlyList<IElement>> FindAll, Func<string> Markup);

    private sealed record Scenario(Func<FormFuzzTests, Task<Screen>> Render, string? Submit, params Type[] Covers);

    private static readonly Dictionary<string, Scenario> Scenarios = new()
    {
        ["member"] = new(t => t.DialogAsync<MemberDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); }, "#member-form"), "#member-save", typeof(MemberDialog)),
        ["note"] = new(t => t.DialogAsync<NoteDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#note-form"), "#note-save", typeof(NoteDialog)),
        ["consent"] = new(t => t.DialogAsync<ConsentDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); p.Add(d => d.MemberId, f.Members[0].Id); }, "#consent-form"), "#consent-save", typeof(ConsentDialog)),
        ["family details"] = new(t => t.DialogAsync<FamilyDetailsDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); }, "#family-form"), "#family-save", typeof(FamilyDetailsDialog), typeof(FamilyDetailsFields)),
        ["proceeding"] = new(t => t.DialogAsync<ProceedingDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); }, "#proceeding-form"), "#proceeding-save", typeof(ProceedingDialog)),
        ["court date"] = new(t => t.CourtDateAsync(), "#court-event-save", typeof(CourtEventDialog), typeof(AccommodationTracker)),
        ["statement"] = new(t => t.DialogAsync<StatementDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#statement-form"), "#statement-save", typeof(StatementDialog)),
        ["police contact"] = new(t => t.DialogAsync<PoliceContactDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#police-form"), "#police-save", typeof(PoliceContactDialog)),
        ["information given"] = new(t => t.DialogAsync<InformationGivenDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#information-form"), "#information-save", typeof(InformationGivenDialog)),
        ["interview"] = new(t => t.DialogAsync<InterviewDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); p.Add(d => d.Ledger, JusticeView.Empty); }, "#interview-form"), "#interview-save", typeof(InterviewDialog)),
        ["application"] = new(t => t.DialogAsync<ApplicationDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#application-form"), "#application-save", typeof(ApplicationDialog)),
        ["reassign"] = new(t => t.DialogAsync<ReassignDialog>(DemoPeople.Supervisor, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); }, "#reassign-reason"), "#reassign-save", typeof(ReassignDialog)),
        ["intake"] = new(t => t.PageAsync<NewFamilyPage>(DemoPeople.Caseworker, _ => { }, "#intake-form"), "#intake-save", typeof(NewFamilyPage), typeof(FamilyDetailsFields)),
        ["emergency access"] = new(t => t.EmergencyAsync(), "#emergency-open", typeof(EmergencyAccessForm)),
        ["assessment introduction"] = new(t => t.AssessmentAsync(Pcl5.Code, step: 0), "#assessment-begin", typeof(AssessmentPage), typeof(AssessmentIntro)),
        ["check-in notes"] = new(t => t.AssessmentAsync(FamilyNeedsCheckIn.Code, step: 1), null, typeof(AssessmentSection)),
        ["safety check"] = new(t => t.AssessmentAsync(Phq9.Code, step: 1, raiseAlert: true), "#safety-save", typeof(SafetyPrompt)),
        ["results"] = new(t => t.ResultsAsync(), "#review-sign-off", typeof(AssessmentResults)),
        ["notes filters"] = new(t => t.NotesTabAsync(), null, typeof(NotesTab)),
        ["audit filters"] = new(t => t.AuditTabAsync(), null, typeof(AuditTab)),
        ["goal"] = new(t => t.GoalAsync(), "#goal-save", typeof(GoalDialog)),
        ["referral"] = new(t => t.DialogAsync<ReferralDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, PlanMembers(f)); p.Add(d => d.MemberId, PlanMembers(f)[0].Id); }, "#referral-form"), "#referral-save", typeof(ReferralDialog)),
        ["organisation"] = new(t => t.DirectoryDialogAsync<OrganisationDialog>((p, s) => p.Add(d => d.Staff, s), "#organisation-form"), "#organisation-save", typeof(OrganisationDialog)),
        ["program"] = new(t => t.DirectoryDialogAsync<ProgramDialog>((p, s) => { p.Add(d => d.Staff, s); p.Add(d => d.Organisations, []); p.Add(d => d.Languages, ["English"]); }, "#program-form"), "#program-save", typeof(ProgramDialog)),
        ["court documents"] = new(t => t.PacketBuilderAsync(), "#builder-generate", typeof(PacketBuilderPage)),
        ["court day"] = new(t => t.CourtDayAsync(), "#court-day-print", typeof(CourtDayPage)),
        ["documents tab"] = new(t => t.DocumentsTabAsync(), "#documents-list button", typeof(DocumentsTab)),
        ["dashboard reassign"] = new(t => t.PageAsync<DrillDownPage>(DemoPeople.Supervisor, p => p.Add(x => x.PanelSlug, "worker-caseload"), "#reassign-reason"), "#reassign-save", typeof(DrillDownPage)),
        ["directory search"] = new(t => t.PageAsync<DirectoryPage>(DemoPeople.Caseworker, _ => { }, "#directory-search"), null, typeof(DirectoryPage)),
    };

    private static List<MemberRow> PlanMembers(FamilyFile file) => file.Members.Where(m => Domain.Plans.PlanEligibility.HasPlan(m.Role)).ToList();

    /// <summary>Pages drawn on the server only (they set cookies); driven over HTTP in Account/AccountFormFuzzTests.</summary>
    public static readonly Type[] ServerRenderedForms = [typeof(Features.Account.Login), typeof(Features.Account.ChangePassword)];

    public static IEnumerable<object[]> Cases() => Scenarios.Keys.SelectMany(s => Payloads.Keys.Select(p => new object[] { s, p }));

    [Fact]
    public void Every_component_with_a_text_field_is_driven_by_this_test()
    {
        var withTextFields = typeof(Features.FeatureRegistration).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => CodeReferences.Of(t).Any(r => r == typeof(MudTextField<string>) || r == typeof(Microsoft.AspNetCore.Components.Forms.InputText)))
            .ToList();
        var covered = Scenarios.Values.SelectMany(s => s.Covers).Concat(ServerRenderedForms).ToHashSet();

        Assert.True(withTextFields.Count >= 10, $"Only {withTextFields.Count} forms were found; the reading of the components is broken.");
        Assert.All(withTextFields, form => Assert.True(covered.Contains(form), $"{form.Name} has text fields but no scenario in Forms/FormFuzzTests.cs."));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task No_input_breaks_a_form_half_saves_it_or_goes_unexplained(string scenario, string payload)
    {
        var text = Payloads[payload];
        var screen = await Scenarios[scenario].Render(this);
        var before = await SnapshotAsync();

        var filled = await FillEveryTextFieldAsync(screen, text);
        if (Scenarios[scenario].Submit is { } submit && screen.FindAll(submit) is [var button, ..] && !button.HasAttribute("disabled"))
        {
            await button.ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        }

        if (Renderer.UnhandledException.IsCompleted)
        {
            Assert.Fail($"{scenario} with {payload} input threw: {await Renderer.UnhandledException}");
        }

        Assert.True(filled > 0, $"{scenario} showed no text field to fill.");
        // Typed markup stays text: it never becomes an element of the page.
        Assert.Empty(screen.FindAll("script"));
        Assert.DoesNotContain(screen.FindAll("b"), b => b.TextContent == "bold");
        var after = await SnapshotAsync();
        if (text.Length > 0 && after != before)
        {
            // Whatever was saved was saved whole: never cut short, never mangled.
            Assert.Contains(JsonSerializer.Serialize(text.Trim(), AsTyped)[1..^1], after, StringComparison.Ordinal);
        }

        if (ReferenceEquals(text, Oversized))
        {
            Assert.Equal(before, after);
            var limited = screen.FindAll("input[maxlength], textarea[maxlength]")
                .Where(f => int.TryParse(f.GetAttribute("maxlength"), out var max) && max < Oversized.Length).ToList();
            Assert.NotEmpty(limited);
            Assert.All(limited, field => Assert.True(ShowsErrorAtField(field), $"{scenario}: the field {field.Id} took 10,000 characters without a message at the field."));
        }
    }

    [Fact]
    public async Task When_the_database_fails_a_save_the_dialog_says_so_keeps_the_text_and_saves_it_on_the_next_try()
    {
        const string Note = "Talked with the mother about the first court date and who will sit with her.";
        var screen = await Scenarios["note"].Render(this);
        await screen.FindAll("#note-text")[0].InputAsync(new ChangeEventArgs { Value = Note });
        await using (var db = CreateDb())
        {
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER failing_disk BEFORE INSERT ON ContactNotes BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;");
        }

        await screen.FindAll("#note-save")[0].ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        Assert.False(Renderer.UnhandledException.IsCompleted);
        Assert.Contains(SafeSave.DatabaseProblem, screen.FindAll("#note-problem")[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(Note, screen.FindAll("#note-text")[0].GetAttribute("value") ?? screen.FindAll("#note-text")[0].TextContent);
        await using (var db = CreateDb())
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER failing_disk;");
        }

        await screen.FindAll("#note-save")[0].ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());

        await using var after = CreateDb();
        Assert.True(await after.ContactNotes.AnyAsync(n => n.Text == Note));
        Assert.Empty(screen.FindAll("#note-text"));
    }

    private static bool ShowsErrorAtField(IElement field)
    {
        var control = field.Closest(".mud-input-control");
        return field.GetAttribute("aria-invalid") == "true" || control?.ClassList.Contains("mud-input-error") == true
            || control?.QuerySelector(".mud-input-error") is not null;
    }

    private static async Task<int> FillEveryTextFieldAsync(Screen screen, string text)
    {
        const string fields = "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([readonly]), textarea";
        var count = screen.FindAll(fields).Count;
        for (var i = 0; i < count; i++)
        {
            // Each change re-renders, so the field is found afresh every time.
            if (screen.FindAll(fields).ElementAtOrDefault(i) is not { } field)
            {
                break;
            }

            var value = new ChangeEventArgs { Value = text };
            if (field.HasAttribute("blazor:onchange"))
            {
                await field.ChangeAsync(value);
            }
            else if (field.HasAttribute("blazor:oninput"))
            {
                await field.InputAsync(value);
            }

            // Leaving the field, as a person would, sends what a search box holds back while typing goes on.
            if (screen.FindAll(fields).ElementAtOrDefault(i) is { } typedIn && typedIn.HasAttribute("blazor:onblur"))
            {
                await typedIn.BlurAsync(new Microsoft.AspNetCore.Components.Web.FocusEventArgs());
            }
        }

        return count;
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = CreateDb();
        object[] tables =
        [
            await db.Families.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.FamilyMembers.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.ContactNotes.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Consents.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Assignments.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Assessments.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.AssessmentAnswers.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.SafetyAlerts.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Proceedings.AsNoTracking().Include(x => x.Charges).Include(x => x.PublicationBans).OrderBy(x => x.Id).ToListAsync(),
            await db.CourtEvents.AsNoTracking().Include(x => x.Attendances).Include(x => x.Accommodations).OrderBy(x => x.Id).ToListAsync(),
            await db.Statements.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.PoliceContacts.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.InformationGiven.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Interviews.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Applications.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.EmergencyAccesses.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.EmergencyAccessRequests.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.Goals.AsNoTracking().Include(x => x.Actions).OrderBy(x => x.Id).ToListAsync(),
            await db.Referrals.AsNoTracking().Include(x => x.Steps).OrderBy(x => x.Id).ToListAsync(),
            await db.ServiceOrganisations.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
            await db.ServicePrograms.AsNoTracking().OrderBy(x => x.Id).ToListAsync(),
        ];
        return JsonSerializer.Serialize(tables, AsTyped);
    }

    private async Task<FamilyFile> FileAsync(SignedInStaff staff, int? familyId = null) =>
        (await Services.GetRequiredService<FamilyFileQuery>().LoadAsync(staff, familyId ?? await PrimaryFamilyOfAsync(await StaffAsync(DemoPeople.Caseworker)), CancellationToken.None))!;

    private async Task<Screen> DialogAsync<TDialog>(string userName, Action<DialogParameters<TDialog>, SignedInStaff, FamilyFile> parameters, string ready)
        where TDialog : IComponent
    {
        var staff = await SignInAsync(userName);
        var file = await FileAsync(staff);
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var values = new DialogParameters<TDialog>();
        parameters(values, staff, file);
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("Form", values));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(ready)));
        return new Screen(s => provider.FindAll(s).ToList(), () => provider.Markup);
    }

    // A goal with one action, so its fields are tried too.
    private async Task<Screen> GoalAsync()
    {
        var screen = await DialogAsync<GoalDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, PlanMembers(f)); p.Add(d => d.MemberId, PlanMembers(f)[0].Id); }, "#goal-form");
        await screen.FindAll("#add-goal-action")[0].ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        return screen;
    }

    // The directory is kept by administrators, who have no family file.
    private async Task<Screen> DirectoryDialogAsync<TDialog>(Action<DialogParameters<TDialog>, SignedInStaff> parameters, string ready)
        where TDialog : IComponent
    {
        var staff = await SignInAsync(DemoPeople.Administrator);
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var values = new DialogParameters<TDialog>();
        parameters(values, staff);
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<TDialog>("Form", values));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(ready)));
        return new Screen(s => provider.FindAll(s).ToList(), () => provider.Markup);
    }

    // A court date with one person attending and one accommodation, so their fields are tried too.
    private async Task<Screen> CourtDateAsync()
    {
        var screen = await DialogAsync<CourtEventDialog>(DemoPeople.Caseworker, (p, s, f) => { p.Add(d => d.FamilyId, f.Header.Id); p.Add(d => d.Staff, s); p.Add(d => d.Members, f.Members); }, "#court-event-form");
        await screen.FindAll("#add-attendee")[0].ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        await screen.FindAll("#add-aid")[0].ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        return screen;
    }

    private async Task<Screen> PacketBuilderAsync()
    {
        int eventId;
        await using (var db = CreateDb())
        {
            eventId = await db.CourtEvents.Where(e => e.Family!.FileNumber == "FC-2025-00091" && e.Kind == Domain.Justice.CourtEventKind.PreliminaryInquiry).Select(e => e.Id).SingleAsync();
        }

        return await PageAsync<PacketBuilderPage>(DemoPeople.Supervisor, p => p.Add(x => x.CourtEventId, eventId), "#builder-password");
    }

    private async Task<Screen> CourtDayAsync()
    {
        DateTime startsAt;
        await using (var db = CreateDb())
        {
            startsAt = await db.CourtEvents.Where(e => e.Family!.FileNumber == "FC-2025-00091" && e.Kind == Domain.Justice.CourtEventKind.PreliminaryInquiry).Select(e => e.StartsAtUtc).SingleAsync();
        }

        var day = Services.GetRequiredService<AgencyTime>().LocalDate(startsAt);
        return await PageAsync<CourtDayPage>(DemoPeople.Supervisor, p => p.Add(x => x.Day, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "#court-day-password");
    }

    private async Task<Screen> PageAsync<TPage>(string userName, Action<ComponentParameterCollectionBuilder<TPage>> parameters, string ready)
        where TPage : IComponent
    {
        await SignInAsync(userName);
        Render<MudPopoverProvider>();
        Render<MudDialogProvider>();
        var page = Render(parameters);
        page.WaitForAssertion(() => Assert.NotNull(page.Find(ready)));
        return new Screen(s => page.FindAll(s).ToList(), () => page.Markup);
    }

    private async Task<Screen> EmergencyAsync()
    {
        var amira = await SignInAsync(DemoPeople.Caseworker);
        int familyId;
        await using (var db = CreateDb())
        {
            familyId = await db.Families.Where(f => f.TeamId == amira.TeamId && f.Status != FamilyStatus.Closed && !f.Assignments.Any(a => a.StaffMemberId == amira.StaffId && a.EndedAtUtc == null))
                .Select(f => f.Id).FirstAsync();
        }

        var form = Render<EmergencyAccessForm>(p => p.Add(x => x.FamilyId, familyId).Add(x => x.Staff, amira));
        form.WaitForAssertion(() => Assert.NotNull(form.Find("#emergency-reason")));
        return new Screen(s => form.FindAll(s).ToList(), () => form.Markup);
    }

    private async Task<Screen> AssessmentAsync(string instrument, int step, bool raiseAlert = false)
    {
        var amira = await SignInAsync(DemoPeople.Caseworker);
        var id = await StartAssessmentAsync(amira, instrument);
        var commands = Services.GetRequiredService<AssessmentCommands>();
        await commands.StepAsync(amira, id, step, CancellationToken.None);
        if (raiseAlert)
        {
            await commands.AnswerAsync(amira, id, Phq9.CriticalItem, AnswerKind.Answered, 1, CancellationToken.None);
        }

        Render<MudPopoverProvider>();
        var page = Render<AssessmentPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#assessment-progress")));
        return new Screen(s => page.FindAll(s).ToList(), () => page.Markup);
    }

    private async Task<Screen> ResultsAsync()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var id = await StartAssessmentAsync(amira, Gad7.Code);
        var commands = Services.GetRequiredService<AssessmentCommands>();
        foreach (var item in Gad7.Definition.ScoredItems)
        {
            await commands.AnswerAsync(amira, id, item.Key, AnswerKind.Answered, 1, CancellationToken.None);
        }

        await commands.CompleteAsync(amira, id, CancellationToken.None);
        await SignInAsync(DemoPeople.Supervisor);
        Render<MudPopoverProvider>();
        var page = Render<AssessmentPage>(p => p.Add(x => x.Id, id));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#review-panel")));
        await page.Find(".mud-expand-panel-header").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        page.WaitForAssertion(() => Assert.NotNull(page.Find("#correction-reason")));
        return new Screen(s => page.FindAll(s).ToList(), () => page.Markup);
    }

    // A family with one court document already made, so "generate again" can be tried with every password.
    private async Task<Screen> DocumentsTabAsync()
    {
        var dana = await SignInAsync(DemoPeople.Supervisor);
        int familyId, eventId, memberId;
        await using (var db = CreateDb())
        {
            var prelim = await db.CourtEvents.Where(e => e.Family!.FileNumber == "FC-2025-00091" && e.Kind == Domain.Justice.CourtEventKind.PreliminaryInquiry)
                .Select(e => new { e.Id, e.FamilyId, Member = e.Attendances.Where(a => a.Role == Domain.Justice.AttendanceRole.Witness).Select(a => a.FamilyMemberId).First() }).SingleAsync();
            (familyId, eventId, memberId) = (prelim.FamilyId, prelim.Id, prelim.Member);
        }

        var made = await Services.GetRequiredService<CourtDocumentCommands>().GenerateAsync(dana,
            new CourtDocumentRequest(eventId, [memberId], Domain.Documents.DocumentAudience.Court), null, CancellationToken.None);
        Assert.NotNull(made.File);
        var file = await FileAsync(dana, familyId);
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        var tab = Render<DocumentsTab>(p => p.Add(x => x.File, file).Add(x => x.Staff, dana));
        tab.WaitForAssertion(() => Assert.NotNull(tab.Find("#documents-password")));
        return new Screen(s => tab.FindAll(s).ToList(), () => tab.Markup);
    }

    private async Task<Screen> NotesTabAsync()
    {
        var amira = await SignInAsync(DemoPeople.Caseworker);
        var file = await FileAsync(amira);
        Render<MudPopoverProvider>();
        var tab = Render<NotesTab>(p => p.Add(x => x.File, file).Add(x => x.Staff, amira));
        tab.WaitForAssertion(() => Assert.NotNull(tab.Find("#notes-filter-search")));
        return new Screen(s => tab.FindAll(s).ToList(), () => tab.Markup);
    }

    private async Task<Screen> AuditTabAsync()
    {
        var dana = await SignInAsync(DemoPeople.Supervisor);
        var familyId = await PrimaryFamilyOfAsync(await StaffAsync(DemoPeople.Caseworker));
        Render<MudPopoverProvider>();
        var tab = Render<AuditTab>(p => p.Add(x => x.FamilyId, familyId).Add(x => x.Staff, dana));
        tab.WaitForAssertion(() => Assert.NotNull(tab.Find("#audit-table")));
        return new Screen(s => tab.FindAll(s).ToList(), () => tab.Markup);
    }

    private async Task<int> StartAssessmentAsync(SignedInStaff staff, string instrument)
    {
        var familyId = await PrimaryFamilyOfAsync(staff);
        var definition = InstrumentCatalog.Standard.Latest(instrument);
        await using var db = CreateDb();
        var members = await db.FamilyMembers.Where(m => m.FamilyId == familyId).OrderBy(m => m.Id).ToListAsync();
        var member = members.First(m => AssessmentEligibility.WhyNot(m, definition, AgencyDay.Today, AssessmentRules.Default) is null);
        var started = await Services.GetRequiredService<AssessmentCommands>().StartAsync(staff, familyId, member.Id, instrument, CancellationToken.None);
        return started.Id ?? throw new InvalidOperationException(started.Problem);
    }
}
