using System.IO.Compression;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.CourtDocuments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.CourtDocuments;

/// <summary>Printing every packet of a court day from the calendar: one PDF with bookmarks, or a ZIP; progress, cancel and what was left out.</summary>
public sealed class CourtDayTests : IAsyncLifetime, IDisposable
{
    private readonly FamilyCaseAppFactory _app = new();
    private SignedInStaff _dana = default!;
    private DateOnly _day;

    public async Task InitializeAsync()
    {
        _dana = await _app.StaffAsync(DemoPeople.Supervisor);
        DateTime prelim;
        await using (var db = _app.CreateDb())
        {
            prelim = await db.CourtEvents.Where(e => e.Family!.FileNumber == "FC-2025-00091" && e.Kind == CourtEventKind.PreliminaryInquiry).Select(e => e.StartsAtUtc).SingleAsync();
        }

        _day = _app.Services.GetRequiredService<AgencyTime>().LocalDate(prelim);

        // A second family in court the same afternoon, so the day holds two packets.
        await WarsameCourtDate.AddAsync(_app, CourtEventKind.BailHearing, prelim.AddHours(3), AttendanceRole.Observer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task One_pdf_holds_every_family_s_packet_under_its_own_bookmark_with_its_own_page_numbers()
    {
        var reports = new List<CourtDayProgress>();

        var outcome = await PrintAsync(_dana, CourtDayFormat.MergedPdf, new Collecting(reports));

        Assert.Null(outcome.Problem);
        Assert.Equal(2, outcome.Packets);
        Assert.Equal($"court-day-{_day:yyyy-MM-dd}-court-support-summaries.pdf", outcome.FileName);
        var text = PdfText.Read(outcome.Content!);
        Assert.Contains(text.Bookmarks, b => b.StartsWith("FC-2025-00091 · Preliminary inquiry", StringComparison.Ordinal));
        Assert.Contains(text.Bookmarks, b => b.StartsWith("FC-2026-00057 · Bail hearing", StringComparison.Ordinal));
        Assert.Contains(text.Pages, p => p.Contains("Court file 4817-998-26-55501", StringComparison.Ordinal) && p.Contains("Confidential — page 1 of", StringComparison.Ordinal));
        Assert.Equal([0, 1, 2], reports.Select(r => r.Done).Distinct());
        Assert.All(reports, r => Assert.Equal(2, r.Total));
        await using var db = _app.CreateDb();
        Assert.Equal(2, await db.GeneratedDocuments.CountAsync());
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.RecordType == "GeneratedDocument" && a.Detail!.Contains("court day")));
    }

    [Fact]
    public async Task A_zip_holds_one_readable_pdf_per_family_and_the_left_out_list_says_why()
    {
        var outcome = await PrintAsync(_dana, CourtDayFormat.Zip);

        using var zip = new ZipArchive(new MemoryStream(outcome.Content!));
        Assert.Equal(2, zip.Entries.Count);
        Assert.All(zip.Entries, entry =>
        {
            Assert.Matches(@"^FC-\d{4}-\d{5}-court-support-summary-\d{4}-\d{2}-\d{2}-\d{4}\.pdf$", entry.Name);
            using var copy = new MemoryStream();
            entry.Open().CopyTo(copy);
            Assert.Contains("Court-support summary", PdfText.Read(copy.ToArray()).Flat, StringComparison.Ordinal);
        });
        Assert.Contains(outcome.LeftOut, n => n.FileNumber == "FC-2026-00057" && n.What == "What helps" && n.Why == "no consent to share with the court is recorded");
    }

    [Fact]
    public async Task Cancelling_hands_nothing_over_and_records_nothing()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Collecting([], after: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _app.RunAsync<CourtDocumentCommands, CourtDayOutcome>(c =>
            c.PrintCourtDayAsync(_dana, _day, new CourtDayOptions(DocumentAudience.CrownVictimWitness, CourtDayFormat.MergedPdf), progress, cancel.Token)));

        await using var db = _app.CreateDb();
        Assert.Equal(0, await db.GeneratedDocuments.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.RecordType == "GeneratedDocument"));
    }

    [Fact]
    public async Task Each_person_prints_only_the_court_dates_they_may_see()
    {
        var marc = await _app.StaffAsync("marc");
        var sam = await _app.StaffAsync(DemoPeople.Administrator);

        var byMarc = await PrintAsync(marc, CourtDayFormat.MergedPdf);
        var bySam = await PrintAsync(sam, CourtDayFormat.MergedPdf);

        Assert.Null(byMarc.Content);
        Assert.Equal($"There are no court dates you can print on {AgencyTime.FormatDate(_day)}.", byMarc.Problem);
        Assert.Null(bySam.Content);
        Assert.Equal("Court days are printed by caseworkers, supervisors and court-support staff.", bySam.Problem);
    }

    private Task<CourtDayOutcome> PrintAsync(SignedInStaff staff, CourtDayFormat format, IProgress<CourtDayProgress>? progress = null) =>
        _app.RunAsync<CourtDocumentCommands, CourtDayOutcome>(c => c.PrintCourtDayAsync(staff, _day, new CourtDayOptions(DocumentAudience.CrownVictimWitness, format), progress, CancellationToken.None));

    /// <summary>Keeps every progress report as it is made (not posted to a thread), and can act after the first.</summary>
    private sealed class Collecting(List<CourtDayProgress> reports, Action? after = null) : IProgress<CourtDayProgress>
    {
        public void Report(CourtDayProgress value)
        {
            reports.Add(value);
            after?.Invoke();
        }
    }
}
