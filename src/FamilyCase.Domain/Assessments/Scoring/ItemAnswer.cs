namespace FamilyCase.Domain.Assessments.Scoring;

/// <summary>One stored answer: a score only when <see cref="Kind"/> is <see cref="AnswerKind.Answered"/>.</summary>
public sealed record ItemAnswer(string Key, AnswerKind Kind, int? Value = null)
{
    public static ItemAnswer Of(string key, int value) => new(key, AnswerKind.Answered, value);

    public static ItemAnswer Declined(string key) => new(key, AnswerKind.Declined);

    public static ItemAnswer Skipped(string key) => new(key, AnswerKind.Skipped);

    public static ItemAnswer DontKnow(string key) => new(key, AnswerKind.DontKnow);
}
