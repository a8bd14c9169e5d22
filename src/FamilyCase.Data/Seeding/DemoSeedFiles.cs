using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyCase.Domain.Families;
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

public sealed record TeamSeed(string Key, string Name, string? Office);

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
    IReadOnlyList<MemberSeed> Members);

public sealed record AssignmentSeed(string Staff, AssignmentKind Kind);

public sealed record MemberSeed(
    MemberRole Role,
    string Relationship,
    string FirstName,
    string LastName,
    string? PreferredName,
    string? Pronouns,
    DateOnly? DateOfBirth);
