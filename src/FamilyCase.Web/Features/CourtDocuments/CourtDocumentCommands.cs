using System.Globalization;
using System.Security.Cryptography;
using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Documents;
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
/// Generates court documents. The records are read again at this moment, so consent and orders are as they stand now; every
/// file that leaves is recorded (what, for whom, sections, who, when, SHA-256) and audited as a print or an export.
/// </summary>
public sealed class CourtDocumentCommands(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AuditTrail audit, CourtDocumentSources sources, CourtDocumentSettings settings)
{
    public const int ShortestPassword = 8;
    public const int LongestPassword = 128;

    public async Task<DocumentOutcome> GenerateAsync(SignedInStaff staff, CourtDocumentRequest request, string? password, CancellationToken cancellationToken)
    {
        var preparedAt = Seconds(clock.GetUtcNow().UtcDateTime);
        return await MakeAsync(staff, request, password, staff.DisplayName, preparedAt, original: null, cancellationToken);
    }

    /// <summary>The same document again, with its first date and author: from unchanged records it is the same bytes.</summary>
    public async Task<DocumentOutcome> GenerateAgainAsync(SignedInStaff staff, int documentId, string? password, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return DocumentOutcome.NotFound;
        }

        GeneratedDocument? original;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            original = await db.Families.AsNoTracking().GeneratedDocumentsVisibleTo(staff.Scope, clock.GetUtcNow().UtcDateTime)
                .SingleOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        }

        if (original is null)
        {
            return new DocumentOutcome(null, "That document is not in a file you can open.");
        }

        var first = original.CopyOfId is null ? original : await FirstAsync(original.CopyOfId.Value, cancellationToken) ?? original;
        return await MakeAsync(staff, new CourtDocumentRequest(first.CourtEventId, first.Members, first.Audience), password, first.PreparedBy, first.GeneratedAtUtc, first, cancellationToken);
    }

    private async Task<DocumentOutcome> MakeAsync(SignedInStaff staff, CourtDocumentRequest request, string? password, string preparedBy, DateTime preparedAt,
        GeneratedDocument? original, CancellationToken cancellationToken)
    {
        if (PasswordProblem(password) is { } passwordProblem)
        {
            return new DocumentOutcome(null, passwordProblem);
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var (source, problem) = await sources.LoadAsync(db, staff, request, preparedBy, preparedAt, cancellationToken);
        if (source is null)
        {
            return problem is null ? DocumentOutcome.NotFound : new DocumentOutcome(null, problem);
        }

        var document = CourtDocumentComposer.Compose(source);
        var (bytes, pages) = PdfRenderer.Render(document.Model);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        byte[] content;
        try
        {
            content = string.IsNullOrEmpty(password) ? bytes : PdfRenderer.Protect(bytes, password);
        }
        catch (ArgumentException)
        {
            return new DocumentOutcome(null, UnusablePassword);
        }

        var record = new GeneratedDocument
        {
            FamilyId = source.Family.Id, ProceedingId = source.Proceeding.Id, CourtEventId = source.Event.Id, Kind = document.Kind, Audience = request.Audience,
            MemberIds = GeneratedDocument.WriteMembers(source.People.Select(p => p.Id)), Sections = SectionOutcomes.Write(document.Sections),
            GeneratedByStaffId = staff.StaffId, PreparedBy = preparedBy, GeneratedAtUtc = original is null ? preparedAt : Seconds(clock.GetUtcNow().UtcDateTime),
            Sha256 = sha, Pages = pages, PasswordProtected = !string.IsNullOrEmpty(password), Content = settings.KeepCopies ? bytes : null, CopyOfId = original?.Id,
        };
        db.GeneratedDocuments.Add(record);
        await db.SaveChangesAsync(cancellationToken);

        var same = original is null ? (bool?)null : original.Sha256.Trim() == sha;
        var leftOut = document.LeftOut.Select(o => $"{DocumentSections.Title(o.Section)}{(o.MemberId is { } id ? $" (member {id})" : "")}: {DocumentSections.Reason(o.LeftOut!.Value)}").ToList();
        await audit.RecordAsync(new AuditEntry(request.Audience == DocumentAudience.Family ? AuditAction.Export : AuditAction.Print, staff.DisplayName, staff.StaffId,
            "GeneratedDocument", record.Id.ToString(CultureInfo.InvariantCulture), source.Family.Id,
            $"{DocumentAudiences.Title(document.Kind)} for {DocumentAudiences.Words(request.Audience).ToLowerInvariant()}, {pages} page(s), SHA-256 {sha}"
            + (same is { } s ? s ? "; generated again, the same bytes as the original" : "; generated again, different from the original because the records changed" : "")
            + (leftOut.Count > 0 ? "; left out: " + string.Join("; ", leftOut) : "")
            + (record.PasswordProtected ? "; password protected" : "")), cancellationToken);

        return new DocumentOutcome(new GeneratedFile(record.Id, FileName(source, document.Kind), content, sha, pages, document.Sections, same), null);
    }

    private async Task<GeneratedDocument?> FirstAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.GeneratedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    private const string UnusablePassword = "This password has characters a PDF reader cannot take. Please use letters, numbers, spaces and punctuation.";

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
    private static string FileName(CourtDocumentSource source, DocumentKind kind) =>
        $"{source.Family.FileNumber}-{(kind == DocumentKind.CourtSupportSummary ? "court-support-summary" : "court-day-sheet")}-{source.Local(source.Event.StartsAtUtc):yyyy-MM-dd}.pdf";

    private static DateTime Seconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
}
