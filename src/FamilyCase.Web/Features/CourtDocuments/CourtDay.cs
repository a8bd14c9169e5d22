using FamilyCase.Domain.Documents;

namespace FamilyCase.Web.Features.CourtDocuments;

public enum CourtDayFormat
{
    /// <summary>One PDF, a bookmark for each family's packet.</summary>
    MergedPdf,

    /// <summary>A ZIP with one PDF per family's packet.</summary>
    Zip,
}

/// <summary>How to print a court day: for whom, in which form, and an optional password for every file.</summary>
public sealed record CourtDayOptions(DocumentAudience Audience, CourtDayFormat Format, string? Password = null);

/// <summary>How far a court-day run has come.</summary>
public sealed record CourtDayProgress(int Done, int Total, string Current);

/// <summary>Something a court-day run left out, and why, in words for the person who ran it.</summary>
public sealed record CourtDayNote(string FileNumber, string Hearing, string? Person, string What, string Why);

/// <summary>The court day's file (or why there is none) and everything left out.</summary>
public sealed record CourtDayOutcome(string? FileName, byte[]? Content, int Packets, IReadOnlyList<CourtDayNote> LeftOut, string? Problem)
{
    public static CourtDayOutcome Refused(string problem) => new(null, null, 0, [], problem);
}
