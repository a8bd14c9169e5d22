namespace FamilyCase.Domain.Assessments;

/// <summary>
/// What happened with one question. Only <see cref="Answered"/> carries a score; a decline is the person's choice
/// and is never counted as 0. A question with no answer at all was not asked.
/// </summary>
public enum AnswerKind
{
    Answered,
    Skipped,
    Declined,
    DontKnow,
}
