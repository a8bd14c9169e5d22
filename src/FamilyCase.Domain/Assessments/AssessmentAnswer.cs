namespace FamilyCase.Domain.Assessments;

/// <summary>
/// One saved answer or note, written the moment it is given. A rated question has a <see cref="Kind"/>;
/// a strengths note or the person's own words has only <see cref="Text"/>.
/// </summary>
public class AssessmentAnswer
{
    public int Id { get; set; }
    public int AssessmentId { get; set; }
    public Assessment? Assessment { get; set; }
    public int FamilyId { get; set; }
    public Families.Family? Family { get; set; }
    public required string ItemKey { get; set; }
    public AnswerKind? Kind { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
    public DateTime AnsweredAtUtc { get; set; }
}
