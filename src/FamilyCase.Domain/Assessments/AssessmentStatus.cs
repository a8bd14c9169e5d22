namespace FamilyCase.Domain.Assessments;

public enum AssessmentStatus
{
    Draft,
    Completed,
    Reviewed,
}
