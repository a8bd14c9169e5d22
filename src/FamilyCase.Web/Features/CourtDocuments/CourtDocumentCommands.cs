using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Reports.Composition;
using FamilyCase.Reports.Rendering;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>A generated file, or why there is none.</summary>
public sealed record DocumentOutcome(GeneratedFile? File, string? Problem)
{
    public static readonly DocumentOutcome NotFound = new(null, "This court date is not in a file you can open.");
}

/// <summary>
/// Generates court documents, one at a time or a whole court day. The records are read again at this moment, so consent and
/// orders are as they stand now; every file that leaves is recorded (what, for whom, sections, who, when, SHA-256) and audited as
/// a print, or an export when it is for the family.
/// </summary>
public sealed class CourtDocumentCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, CourtDocumentSources sources, CourtDocumentSettings settings)
{
    public const int ShortestPassword = 8;
    public const int LongestPassword = 128;
    public const int MostPacketsInADay = 300;
    private const string UnusablePassword = "This password has characters a PDF reader cannot take. Please use letters, numbers, spaces and punctuation.";

    public async Task<DocumentOutcome> GenerateAsync(SignedInStaff staff, CourtDocumentRequest request, string? password, CancellationToken cancellationToken) =>
        await MakeOneAsync(staff, request, password, staff.DisplayName, Seconds(clock.GetUtcNow().UtcDateTime), original: null, cancellationToken);

    /// <summary>The same document again, with its first date and author: from unchanged records it is the same bytes.</summary>
    public async Task<DocumentOutcome> GenerateAgainAsync(SignedInStaff staff, int documentId, string? password, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return DocumentOutcome.NotFound;
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var documents = db.Families.AsNoTracking().GeneratedDocumentsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime);
        var original = await documents.SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (original is null)
        {
            return new DocumentOutcome(null, "That document is not in a file you can open.");
        }

        var first = original.CopyOfId is { } firstId ? await documents.SingleOrDefaultAsync(d => d.Id == firstId, cancellationToken) ?? original : original;
        if (first.PasswordProtected && string.IsNullOrEmpty(password))
        {
            return new DocumentOutcome(null, "The original was protected with a password. Please give a password for this copy too.");
        }

        return await MakeOneAsync(staff, new CourtDocumentRequest(first.CourtEventId, first.Members, first.Audience), password, first.PreparedBy, first.GeneratedAtUtc, first, cancellationToken);
    }

    /// <summary>
    /// The copy kept of a generated file (only with the Documents:KeepCopies setting), protected again with a password when the
    /// original was; handing it over is audited as a print.
    /// </summary>
    public async Task<DocumentOutcome> KeptCopyAsync(SignedInStaff staff, int documentId, string? password, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return DocumentOutcome.NotFound;
        }

        if (PasswordProblem(password) is { } passwordProblem)
        {
            return new DocumentOutcome(null, passwordProblem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var copy = await db.Families.AsNoTracking().GeneratedDocumentsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime).Where(d => d.Id == documentId && d.Content != null)
            .Select(d => new { d.FamilyId, d.Family!.FileNumber, d.Kind, d.GeneratedAtUtc, d.Content, d.Sha256, d.Pages, d.PasswordProtected })
            .SingleOrDefaultAsync(cancellationToken);
        if (copy is null)
        {
            return new DocumentOutcome(null, "That copy is not kept, or is not in a file you can open.");
        }

        if (copy.PasswordProtected && string.IsNullOrEmpty(password))
        {
            return new DocumentOutcome(null, "The original was protected with a password. Please give a password for this copy too.");
        }

        if (Protect(copy.Content!, password) is not { } content)
        {
            return new DocumentOutcome(null, UnusablePassword);
        }

        await audit.RecordAsync(new AuditEntry(AuditAction.Print, staff.DisplayName, staff.StaffId, "GeneratedDocument", documentId.ToString(CultureInfo.InvariantCulture),
            copy.FamilyId, "Handed over the copy kept of this document" + (string.IsNullOrEmpty(password) ? "" : "; password protected")), cancellationToken);
        var name = $"{copy.FileNumber}-{(copy.Kind == DocumentKind.CourtSupportSummary ? "court-support-summary" : "court-day-sheet")}-copy-{time.LocalDate(copy.GeneratedAtUtc):yyyy-MM-dd}.pdf";
        return new DocumentOutcome(new GeneratedFile(documentId, name, content, copy.Sha256.Trim(), copy.Pages, [], true), null);
    }

    /// <summary>
    /// Every packet for one day's court dates that the person may see: each for the family members attending. A family whose
    /// consents leave a section out still gets the rest; the outcome lists what was left out and why. Nothing is recorded as
    /// handed over unless the run finishes.
    /// </summary>
    public async Task<CourtDayOutcome> PrintCourtDayAsync(SignedInStaff staff, DateOnly day, CourtDayOptions options, IProgress<CourtDayProgress>? progress, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return CourtDayOutcome.Refused("Court days are printed by caseworkers, supervisors and court-support staff.");
        }

        if (!Enum.IsDefined(options.Audience) || !Enum.IsDefined(options.Format))
        {
            return CourtDayOutcome.Refused("Please choose who the packets are for and how to receive them.");
        }

        if (PasswordProblem(options.Password) is { } passwordProblem)
        {
            return CourtDayOutcome.Refused(passwordProblem);
        }

        if (AgencyTime.OutOfRange(day.ToDateTime(TimeOnly.MinValue), "the court day") is { } dayProblem)
        {
            return CourtDayOutcome.Refused(dayProblem);
        }

        var preparedAt = Seconds(clock.GetUtcNow().UtcDateTime);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (from, to) = (time.StartOfDayUtc(day), time.StartOfDayUtc(day.AddDays(1)));
        var hearings = await db.Families.AsNoTracking().CourtEventsVisibleTo(staff.Scope, preparedAt)
            .Where(e => e.StartsAtUtc >= from && e.StartsAtUtc < to)
            .OrderBy(e => e.StartsAtUtc).ThenBy(e => e.Id)
            .Take(MostPacketsInADay + 1)
            .Select(e => new { e.Id, e.Kind, e.StartsAtUtc, e.Family!.FileNumber, Attending = e.Attendances.Select(a => new { a.FamilyMemberId, a.Member!.Role }).ToList() })
            .ToListAsync(cancellationToken);
        if (hearings.Count == 0)
        {
            return CourtDayOutcome.Refused($"There are no court dates you can print on {AgencyTime.FormatDate(day)}.");
        }

        var made = new List<Made>();
        var notes = new List<CourtDayNote>();
        if (hearings.Count > MostPacketsInADay)
        {
            var last = hearings[MostPacketsInADay - 1];
            notes.Add(new CourtDayNote("—", $"After {time.ToLocal(last.StartsAtUtc):HH:mm}", null, "Court dates after the first " + MostPacketsInADay,
                $"a run prints at most {MostPacketsInADay} packets; print the later ones from each court date"));
            hearings = hearings.Take(MostPacketsInADay).ToList();
        }

        var done = 0;
        foreach (var hearing in hearings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var label = $"{JusticeWords.Event(hearing.Kind)}, {time.ToLocal(hearing.StartsAtUtc):HH:mm}";
            progress?.Report(new CourtDayProgress(done++, hearings.Count, $"{hearing.FileNumber} · {label}"));
            var people = hearing.Attending.Where(a => DocumentEligibility.MayBeFor(a.Role)).Select(a => a.FamilyMemberId).Distinct().ToList();
            if (people.Count == 0)
            {
                notes.Add(new CourtDayNote(hearing.FileNumber, label, null, "The whole packet", "nobody from the family is listed as attending, apart from the identified child"));
                continue;
            }

            var request = new CourtDocumentRequest(hearing.Id, people, options.Audience);
            var (packet, problem) = await ComposeAsync(db, staff, request, staff.DisplayName, preparedAt, cancellationToken);
            if (packet is null)
            {
                notes.Add(new CourtDayNote(hearing.FileNumber, label, null, "The whole packet", problem ?? "the court date is no longer in a file you can open"));
                continue;
            }

            made.Add(packet);
            notes.AddRange(packet.Document.LeftOut.Where(o => o.LeftOut is not LeftOutReason.NoData).Select(o => new CourtDayNote(hearing.FileNumber, label,
                o.MemberId is { } id ? packet.PersonName(id) : null, DocumentSections.Title(o.Section), DocumentSections.Reason(o.LeftOut!.Value))));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (made.Count == 0)
        {
            return new CourtDayOutcome(null, null, 0, notes, "No packet could be made for this day; the list below says why.");
        }

        // From here the run is not stopped halfway: the file is built and every packet in it recorded, or nothing is.
        progress?.Report(new CourtDayProgress(hearings.Count, hearings.Count, "Putting the file together"));
        var file = await Task.Run(() => options.Format == CourtDayFormat.Zip ? Zip(made, options.Password, day) : Merged(made, options, day, preparedAt), CancellationToken.None);
        if (file is not var (fileName, content))
        {
            return CourtDayOutcome.Refused(UnusablePassword);
        }

        var run = $"court day of {AgencyTime.FormatDate(day)} in {fileName} (SHA-256 of that file {Convert.ToHexStringLower(SHA256.HashData(content))})";
        await RecordAsync(db, staff, made, !string.IsNullOrEmpty(options.Password), original: null, run, CancellationToken.None);

        return new CourtDayOutcome(fileName, content, made.Count, notes, null);
    }

    private async Task<DocumentOutcome> MakeOneAsync(SignedInStaff staff, CourtDocumentRequest request, string? password, string preparedBy, DateTime preparedAt,
        GeneratedDocument? original, CancellationToken cancellationToken)
    {
        if (PasswordProblem(password) is { } passwordProblem)
        {
            return new DocumentOutcome(null, passwordProblem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (packet, problem) = await ComposeAsync(db, staff, request, preparedBy, preparedAt, cancellationToken);
        if (packet is null)
        {
            return problem is null ? DocumentOutcome.NotFound : new DocumentOutcome(null, problem);
        }

        if (original is not null && WhyNotAgain(packet, original) is { } notAgain)
        {
            return new DocumentOutcome(null, notAgain);
        }

        if (Protect(packet.Bytes, password) is not { } content)
        {
            return new DocumentOutcome(null, UnusablePassword);
        }

        var record = (await RecordAsync(db, staff, [packet], !string.IsNullOrEmpty(password), original, null, cancellationToken))[0];
        return new DocumentOutcome(new GeneratedFile(record.Id, FileName(packet, withTime: false), content, packet.Sha256, packet.Pages, packet.Document.Sections, original is null ? null : true), null);
    }

    /// <summary>
    /// A document is handed over again only as it was: from the same records, with the same people's consent still in force
    /// today. Anything else would be new content under the original's date and author.
    /// </summary>
    private string? WhyNotAgain(Made packet, GeneratedDocument original)
    {
        var today = time.Today(clock);
        var withdrawn = SectionOutcomes.Read(original.Sections)
            .Where(o => o is { Section: DocumentSection.Needs, Included: true, MemberId: { } })
            .Select(o => packet.Source.Family.Members.FirstOrDefault(m => m.Id == o.MemberId))
            .FirstOrDefault(m => m is null || NeedsConsent.Check(m.Consents, today) is not null);
        if (withdrawn is not null)
        {
            return $"{packet.PersonName(withdrawn.Id)}'s consent to share with the court is no longer in force, so this document cannot be handed over again. To print what may be shared now, open the court date and make a new document.";
        }

        return original.Sha256.Trim() == packet.Sha256 ? null
            : "The records (or the agency's document settings) have changed since this document was made, so it cannot be reproduced exactly. To print what the records say now, open the court date and make a new document.";
    }

    /// <summary>One packet composed and drawn, off the circuit's thread so a long court day keeps its progress bar moving.</summary>
    private async Task<(Made? Packet, string? Problem)> ComposeAsync(FamilyCaseDb db, SignedInStaff staff, CourtDocumentRequest request, string preparedBy, DateTime preparedAt,
        CancellationToken cancellationToken)
    {
        var (source, problem) = await sources.LoadAsync(db, staff, request, preparedBy, preparedAt, cancellationToken);
        if (source is null)
        {
            return (null, problem);
        }

        return await Task.Run(() =>
        {
            var document = CourtDocumentComposer.Compose(source);
            var (bytes, pages) = PdfRenderer.Render(document.Model);
            return ((Made?)new Made(source, request, document, bytes, pages, Convert.ToHexStringLower(SHA256.HashData(bytes))), (string?)null);
        }, cancellationToken);
    }

    /// <summary>The records of the files handed over, saved together, and a print (or export, for the family) audited for each.</summary>
    private async Task<List<GeneratedDocument>> RecordAsync(FamilyCaseDb db, SignedInStaff staff, IReadOnlyList<Made> packets, bool passwordProtected, GeneratedDocument? original,
        string? run, CancellationToken cancellationToken)
    {
        var records = packets.Select(packet => new GeneratedDocument
        {
            FamilyId = packet.Source.Family.Id, ProceedingId = packet.Source.Proceeding.Id, CourtEventId = packet.Source.Event.Id, Kind = packet.Document.Kind,
            Audience = packet.Request.Audience, MemberIds = GeneratedDocument.WriteMembers(packet.Source.People.Select(p => p.Id)),
            Sections = SectionOutcomes.Write(packet.Document.Sections), GeneratedByStaffId = staff.StaffId, PreparedBy = packet.Source.PreparedBy,
            GeneratedAtUtc = original is null ? packet.Source.PreparedAtUtc : Seconds(clock.GetUtcNow().UtcDateTime),
            Sha256 = packet.Sha256, Pages = packet.Pages, PasswordProtected = passwordProtected, Content = settings.KeepCopies ? packet.Bytes : null, CopyOfId = original?.Id,
        }).ToList();
        db.GeneratedDocuments.AddRange(records);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (packet, record) in packets.Zip(records))
        {
            var leftOut = packet.Document.LeftOut.Select(o => $"{DocumentSections.Title(o.Section)}{(o.MemberId is { } id ? $" (member {id})" : "")}: {DocumentSections.Reason(o.LeftOut!.Value)}").ToList();
            await audit.RecordAsync(new AuditEntry(packet.Request.Audience == DocumentAudience.Family ? AuditAction.Export : AuditAction.Print, staff.DisplayName, staff.StaffId,
                "GeneratedDocument", record.Id.ToString(CultureInfo.InvariantCulture), packet.Source.Family.Id,
                $"A {DocumentAudiences.Name(packet.Document.Kind)} for: {DocumentAudiences.Words(packet.Request.Audience)}, {packet.Pages} page(s), SHA-256 {packet.Sha256}"
                + (original is null ? "" : "; generated again, the same bytes as the original")
                + (run is null ? "" : $"; printed with the {run}")
                + (leftOut.Count > 0 ? "; left out: " + string.Join("; ", leftOut) : "")
                + (passwordProtected ? "; password protected" : "")), CancellationToken.None);
        }

        return records;
    }

    private static (string, byte[])? Merged(List<Made> made, CourtDayOptions options, DateOnly day, DateTime preparedAt)
    {
        var kind = DocumentAudiences.KindFor(options.Audience);
        var title = string.Create(CultureInfo.InvariantCulture, $"{DocumentAudiences.Titles(kind)}, court day {day:yyyy-MM-dd}");
        var first = made[0].Document.Model.Info;
        var info = first with { Title = Redactor.Words(title), Subject = Redactor.Words("Court day"), Identity = $"court-day|{day:yyyy-MM-dd}|{string.Join(',', made.Select(m => m.Source.Event.Id))}|{preparedAt:yyyy-MM-ddTHH:mm:ss}" };
        var parts = made.Select(m => new RenderPart(m.Document.Model, (SafeText?)Redactor.Words(string.Create(CultureInfo.InvariantCulture, $"{m.Source.Family.FileNumber} · {JusticeWords.Event(m.Source.Event.Kind)}, {m.Source.Local(m.Source.Event.StartsAtUtc):HH:mm}")))).ToList();
        var merged = PdfRenderer.Render(parts, info).Bytes;
        if (Protect(merged, options.Password) is not { } content)
        {
            return null;
        }

        return ($"court-day-{day:yyyy-MM-dd}-{(kind == DocumentKind.CourtSupportSummary ? "court-support-summaries" : "court-day-sheets")}.pdf", content);
    }

    private static (string, byte[])? Zip(List<Made> made, string? password, DateOnly day)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var packet in made)
            {
                if (Protect(packet.Bytes, password) is not { } content)
                {
                    return null;
                }

                var name = FileName(packet, withTime: true);
                for (var n = 2; !names.Add(name); n++)
                {
                    name = FileName(packet, withTime: true).Replace(".pdf", $"-{n}.pdf", StringComparison.Ordinal);
                }

                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = new DateTimeOffset(packet.Source.PreparedAtUtc, TimeSpan.Zero);
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return ($"court-day-{day:yyyy-MM-dd}.zip", output.ToArray());
    }

    /// <summary>The file as it leaves: protected with the password, or as it is without one; null when the password cannot be used.</summary>
    private static byte[]? Protect(byte[] bytes, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return bytes;
        }

        try
        {
            return PdfRenderer.Protect(bytes, password);
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }
    }

    public static string? PasswordProblem(string? password) =>
        string.IsNullOrEmpty(password) ? null
        : password.Length < ShortestPassword ? $"Please use a password of at least {ShortestPassword} characters, or none."
        : password.Length > LongestPassword ? $"Please use a password of at most {LongestPassword} characters."
        : password.Any(Unusable) ? UnusablePassword
        : null;

    // PDF readers prepare AES-256 passwords with SASLprep, which refuses control, format, private and unassigned characters.
    private static bool Unusable(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
        or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    /// <summary>A file name with the family's file number and the hearing date, never a person's name.</summary>
    private static string FileName(Made packet, bool withTime) =>
        $"{packet.Source.Family.FileNumber}-{(packet.Document.Kind == DocumentKind.CourtSupportSummary ? "court-support-summary" : "court-day-sheet")}-"
        + packet.Source.Local(packet.Source.Event.StartsAtUtc).ToString(withTime ? "yyyy-MM-dd-HHmm" : "yyyy-MM-dd", CultureInfo.InvariantCulture) + ".pdf";

    private static DateTime Seconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    /// <summary>One packet, made and drawn, waiting to be handed over.</summary>
    private sealed record Made(CourtDocumentSource Source, CourtDocumentRequest Request, ComposedDocument Document, byte[] Bytes, int Pages, string Sha256)
    {
        public string PersonName(int id) => Source.Family.Members.FirstOrDefault(m => m.Id == id) is { } m ? Shared.MemberNames.Full(m.FirstName, m.LastName, m.PreferredName) : "A former member";
    }
}
