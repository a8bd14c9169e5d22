using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyCase.Domain.Consents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Notes;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Seeding;

/// <summary>The shape of the JSON files in <c>seeds/demo</c>.</summary>
public static class DemoSeedFiles
{
    public const string StaffFile = "staff.json";
    public const string FamiliesFile = "families.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(StaffSeed Staff, FamiliesSeed Families)> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var staff = await ReadFileAsync<StaffSeed>(Path.Combine(folder, StaffFile), cancellationToken);
        var families = await ReadFileAsync<FamiliesSeed>(Path.Combine(folder, FamiliesFile), cancellationToken);
        return (staff, families);
    }

    private static async Task<T> ReadFileAsync<T>(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken)
            ?? throw new InvalidDataException($"The seed file '{path}' is empty.");
    }
}

public sealed record StaffSeed(IReadOnlyList<TeamSeed> Teams, IReadOnlyList<StaffMemberSeed> Staff);

public sealed record TeamSeed(string Key, string Name, string? Office, string? Area = null);

public sealed record StaffMemberSeed(string UserName, string DisplayName, string Email, StaffRole Role, string? Team);

public sealed record FamiliesSeed(IReadOnlyList<FamilySeed> Families);

public sealed record FamilySeed(
    string FileNumber,
    string DisplayName,
    FamilyStatus Status,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    string? ClosingReason,
    string Team,
    string? PreferredLanguage,
    bool InterpreterNeeded,
    bool SafetyConcern,
    bool PublicationBan,
    bool MediaAttention,
    IReadOnlyList<AssignmentSeed> Assignments,
    IReadOnlyList<MemberSeed> Members,
    IReadOnlyList<NoteSeed>? Notes = null,
    IReadOnlyList<ConsentSeed>? Consents = null);

/// <summary>An assignment; one with <c>EndedOn</c> is history (the worker before a reassignment).</summary>
public sealed record AssignmentSeed(string Staff, AssignmentKind Kind, DateOnly? StartedOn = null, DateOnly? EndedOn = null, string? Reason = null);

public sealed record MemberSeed(
    MemberRole Role,
    string Relationship,
    string FirstName,
    string LastName,
    string? PreferredName,
    string? Pronouns,
    DateOnly? DateOfBirth,
    SafeContactSeed? SafeContact = null,
    string? Language = null,
    string? CulturalSupports = null,
    bool? RecognisedAsVictim = null,
    bool? RegisteredWithVictimServices = null,
    string? SafetyNotes = null);

public sealed record SafeContactSeed(
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    bool? VoicemailIsSafe = null,
    bool? MailIsSafe = null,
    string? BestTimes = null,
    string? CodeWord = null);

/// <summary>A contact note; members are named by first name within the family, the author by user name.</summary>
public sealed record NoteSeed(
    ContactKind Kind,
    DateTime OccurredAt,
    int? DurationMinutes,
    string Author,
    IReadOnlyList<string> Members,
    string Text,
    DateOnly? FollowUpOn = null,
    bool Confidential = false);

public sealed record ConsentSeed(
    string Member,
    ConsentScope Scope,
    bool Given,
    DateOnly DecidedOn,
    string RecordedBy,
    string? Recipient = null,
    DateOnly? ExpiresOn = null,
    string? Note = null);
