using FamilyCase.Domain.Families;

namespace FamilyCase.Web.Features.Shared;

public sealed record FamilyFileHeader(
    int Id,
    string FileNumber,
    string DisplayName,
    FamilyStatus Status,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    string? ClosingReason,
    int TeamId,
    string Team,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    bool SafetyConcern,
    bool PublicationBan,
    bool MediaAttention,
    int Version,
    DateTime? EmergencyAccessUntilUtc,
    int OpenSafetyAlerts)
{
    /// <summary>The next court date, from now on.</summary>
    public DateTime? NextCourtDateUtc { get; init; }

    public int DeadlinesOverdue { get; init; }
    public int DeadlinesDueSoon { get; init; }
}

public sealed record MemberRow(
    int Id,
    MemberRole Role,
    string Relationship,
    string FirstName,
    string LastName,
    string? PreferredName,
    string? Pronouns,
    DateOnly? DateOfBirth,
    string? Language,
    string? CulturalSupports,
    bool? RecognisedAsVictim,
    bool? RegisteredWithVictimServices,
    bool HasSafetyNotes)
{
    public string FullName => MemberNames.Full(FirstName, LastName, PreferredName);
}

public sealed record FamilyFile(FamilyFileHeader Header, IReadOnlyList<MemberRow> Members);
