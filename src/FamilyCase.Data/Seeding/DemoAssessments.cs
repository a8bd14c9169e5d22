using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Assessments.Scoring;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Data.Seeding;

/// <summary>A finished, signed-off demo assessment; an answer is a number, or "declined", "skipped" or "dontknow".</summary>
public sealed record AssessmentSeed(
    string Family,
    string Member,
    string Instrument,
    string AdministeredBy,
    DateOnly CompletedOn,
    string? ReviewedBy,
    Dictionary<string, JsonElement> Answers,
    Dictionary<string, string>? Notes = null,
    string Language = "English",
    string? StressfulExperience = null);

public sealed record AssessmentsSeed(IReadOnlyList<AssessmentSeed> Assessments);

/// <summary>Turns <c>seeds/demo/assessments.json</c> into completed assessments, scored by the same scorer the app uses.</summary>
internal static class DemoAssessments
{
    public const string FileName = "assessments.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<IReadOnlyList<AssessmentSeed>> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        await using var stream = File.OpenRead(path);
        return (await JsonSerializer.DeserializeAsync<AssessmentsSeed>(stream, Json, cancellationToken))?.Assessments ?? [];
    }

    public static Assessment Build(AssessmentSeed seed, IReadOnlyDictionary<string, Family> families, IReadOnlyDictionary<string, StaffMember> staff)
    {
        var family = families.TryGetValue(seed.Family, out var f) ? f : throw new InvalidDataException($"Assessment seed names unknown family {seed.Family}.");
        var member = family.Members.SingleOrDefault(m => m.FirstName == seed.Member) ?? throw new InvalidDataException($"Family {seed.Family} has no member '{seed.Member}'.");
        var instrument = InstrumentCatalog.Standard.Latest(seed.Instrument);
        var answers = seed.Answers.Select(a => Answer(a.Key, a.Value)).ToList();
        var notes = seed.Notes ?? [];
        var result = InstrumentScorer.Score(instrument, answers, AssessmentRules.Default);
        var completed = seed.CompletedOn.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
        var assessment = new Assessment
        {
            Family = family,
            FamilyMember = member,
            InstrumentCode = instrument.Code,
            InstrumentVersion = instrument.Version,
            Wording = instrument.IsCheckIn ? CheckInWordings.For(member.Role) : null,
            Language = seed.Language,
            AdministeredBy = Staff(staff, seed.AdministeredBy),
            Status = seed.ReviewedBy is null ? AssessmentStatus.Completed : AssessmentStatus.Reviewed,
            CurrentStep = instrument.Sections.Count + 1,
            StressfulExperience = seed.StressfulExperience,
            StartedAtUtc = completed.AddHours(-1),
            CompletedAtUtc = completed,
            Total = result.Total,
            Band = result.Band,
            IsComplete = result.IsComplete,
            CutPoint = result.Pcl5?.CutPoint,
            ReviewedBy = seed.ReviewedBy is null ? null : Staff(staff, seed.ReviewedBy),
            ReviewedAtUtc = seed.ReviewedBy is null ? null : completed.AddDays(2),
            CreatedAtUtc = completed,
            UpdatedAtUtc = completed,
        };
        assessment.Answers.AddRange(answers.Select(a => new AssessmentAnswer { Family = family, ItemKey = a.Key, Kind = a.Kind, Value = a.Value, AnsweredAtUtc = completed }));
        assessment.Answers.AddRange(notes.Select(n => new AssessmentAnswer { Family = family, ItemKey = n.Key, Text = n.Value, AnsweredAtUtc = completed }));
        return assessment;
    }

    private static ItemAnswer Answer(string key, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => ItemAnswer.Of(key, value.GetInt32()),
        _ => value.GetString() switch
        {
            "declined" => ItemAnswer.Declined(key),
            "skipped" => ItemAnswer.Skipped(key),
            "dontknow" => ItemAnswer.DontKnow(key),
            var other => throw new InvalidDataException($"'{other}' is not an answer to {key}."),
        },
    };

    private static StaffMember Staff(IReadOnlyDictionary<string, StaffMember> staff, string userName) =>
        staff.TryGetValue(userName, out var member) ? member : throw new InvalidDataException($"Assessment seed names unknown staff '{userName}'.");
}
