using Bunit;
using FamilyCase.Domain.Justice;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Justice;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FamilyCase.Web.Tests.Justice;

public sealed class CourtEventDialogTests : FamilyFileComponentContext
{
    private const string Campbell = "FC-2025-00091";

    [Fact]
    public async Task The_dialog_warns_when_the_mother_chosen_as_support_person_is_also_a_witness()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (provider, _) = await OpenAsync(amira, Campbell, CourtEventKind.PreliminaryInquiry);

        provider.WaitForAssertion(() => Assert.Contains(
            SupportPersonRule.Warning("Simone Campbell", "Jada Campbell"), provider.Find("#support-person-warning").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Court_support_cannot_touch_the_date_and_place_but_can_record_the_outcome()
    {
        var grace = await StaffAsync(DemoPeople.CourtSupport);
        var (provider, eventId) = await OpenAsync(grace, Campbell, CourtEventKind.PreliminaryInquiry);

        Assert.NotNull(provider.Find("#court-event-schedule-note"));
        Assert.True(provider.Find("#court-event-courthouse").HasAttribute("disabled"));
        Assert.True(provider.Find("#court-event-date").HasAttribute("disabled"));
        Assert.False(provider.Find("#court-event-outcome").HasAttribute("disabled"));
        provider.Find("#court-event-outcome").Change("Adjourned to next week; Jada testified by CCTV.");
        provider.Find("#court-event-save").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#court-event-form")));
        await using var db = CreateDb();
        Assert.Equal("Adjourned to next week; Jada testified by CCTV.", await db.CourtEvents.Where(e => e.Id == eventId).Select(e => e.Outcome).SingleAsync());
    }

    [Fact]
    public async Task Court_support_keeps_their_outcome_over_a_workers_reschedule_and_takes_the_new_date()
    {
        var grace = await StaffAsync(DemoPeople.CourtSupport);
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (provider, eventId) = await OpenAsync(grace, Campbell, CourtEventKind.PreliminaryInquiry);
        int familyId;
        await using (var db = CreateDb())
        {
            familyId = await db.CourtEvents.Where(e => e.Id == eventId).Select(e => e.FamilyId).SingleAsync();
        }

        var commands = Services.GetRequiredService<CourtEventCommands>();
        var moved = (await commands.LoadAsync(amira, familyId, eventId, CancellationToken.None))!;
        moved.Date = moved.Date!.Value.AddDays(2);
        Assert.True((await commands.SaveAsync(amira, familyId, moved, moved.Copy(), CancellationToken.None)).Saved);

        provider.Find("#court-event-outcome").Change("Adjourned; Jada's CCTV testimony moved to the new date.");
        provider.Find("#court-event-save").Click();
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#conflict-notice")));
        provider.Find("#conflict-keep-mine").Click();

        provider.WaitForAssertion(() => Assert.Empty(provider.FindAll("#court-event-form")));
        await using var after = CreateDb();
        var saved = await after.CourtEvents.SingleAsync(e => e.Id == eventId);
        Assert.Equal("Adjourned; Jada's CCTV testimony moved to the new date.", saved.Outcome);
        Assert.Equal(DateOnly.FromDateTime(moved.Date!.Value), Services.GetRequiredService<Domain.Time.AgencyTime>().LocalDate(saved.StartsAtUtc));
    }

    [Fact]
    public async Task A_court_date_before_the_proceeding_began_is_refused_with_the_date_it_began()
    {
        var amira = await StaffAsync(DemoPeople.Caseworker);
        var (provider, eventId) = await OpenAsync(amira, Campbell, CourtEventKind.PreliminaryInquiry);

        provider.Find("#court-event-date").Change("2001-01-02");
        provider.Find("#court-event-save").Click();

        provider.WaitForAssertion(() => Assert.Contains("so its court dates cannot be earlier", provider.Find("#court-event-problem").TextContent, StringComparison.Ordinal));
        await using var db = CreateDb();
        Assert.True(await db.CourtEvents.Where(e => e.Id == eventId).Select(e => e.StartsAtUtc).SingleAsync() > DateTime.UtcNow);
    }

    [Fact]
    public void The_tracker_offers_only_the_moves_from_the_saved_status_and_asks_for_a_support_person()
    {
        var members = new List<MemberRow>
        {
            new(1, Domain.Families.MemberRole.Sibling, "Sister", "Liyah", "Campbell", null, null, null, null, null, null, null, false),
            new(2, Domain.Families.MemberRole.Parent, "Mother", "Simone", "Campbell", null, null, null, null, null, null, null, false),
        };
        var aids = new List<AidLine>
        {
            new() { Id = 5, MemberId = 1, Kind = AccommodationKind.CctvOrScreen, Status = AccommodationStatus.Granted, SavedStatus = AccommodationStatus.Granted },
            new() { MemberId = 1, Kind = AccommodationKind.SupportPerson },
        };
        Render<MudPopoverProvider>();

        var tracker = Render<AccommodationTracker>(p => p.Add(t => t.Aids, aids).Add(t => t.Members, members));

        Assert.Equal(2, tracker.FindAll("[data-aid-line]").Count);
        Assert.NotNull(tracker.Find("#aid-support-2"));
        Assert.Empty(tracker.FindAll("#aid-support-1"));
        Assert.Contains("Please choose who will be the support person", tracker.Find("#aid-problem-2").TextContent, StringComparison.Ordinal);
        Assert.Equal([AccommodationStatus.Granted, AccommodationStatus.Used, AccommodationStatus.Withdrawn], AccommodationStatuses.Moves.From(aids[0].SavedStatus));
        Assert.True(tracker.Find("#aid-kind-1").HasAttribute("disabled"), "A saved accommodation keeps its kind; a different aid is a new line.");

        tracker.Find("#add-aid").Click();
        Assert.Equal(3, tracker.FindAll("[data-aid-line]").Count);
        tracker.FindAll("button[aria-label='Remove accommodation 3']")[0].Click();
        Assert.Equal(2, aids.Count);
    }

    [Fact]
    public void The_tracker_explains_a_person_chosen_as_their_own_support_person()
    {
        var members = new List<MemberRow> { new(1, Domain.Families.MemberRole.Sibling, "Sister", "Liyah", "Campbell", null, null, null, null, null, null, null, false) };
        var aids = new List<AidLine> { new() { MemberId = 1, Kind = AccommodationKind.SupportPerson, SupportPersonMemberId = 1 } };
        Render<MudPopoverProvider>();

        var tracker = Render<AccommodationTracker>(p => p.Add(t => t.Aids, aids).Add(t => t.Members, members));

        Assert.Equal("A person cannot be their own support person.", tracker.Find("#aid-problem-1").TextContent);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, int EventId)> OpenAsync(SignedInStaff staff, string fileNumber, CourtEventKind kind)
    {
        int familyId, eventId;
        await using (var db = CreateDb())
        {
            familyId = await db.Families.Where(f => f.FileNumber == fileNumber).Select(f => f.Id).SingleAsync();
            eventId = await db.CourtEvents.Where(e => e.FamilyId == familyId && e.Kind == kind).Select(e => e.Id).SingleAsync();
        }

        var file = (await Services.GetRequiredService<FamilyFileQuery>().LoadAsync(staff, familyId, CancellationToken.None))!;
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var parameters = new DialogParameters<CourtEventDialog>
        {
            { d => d.FamilyId, familyId },
            { d => d.CourtEventId, eventId },
            { d => d.Staff, staff },
            { d => d.Members, file.Members },
        };
        await provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<CourtEventDialog>("Court date", parameters));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("#court-event-form")));
        return (provider, eventId);
    }
}
