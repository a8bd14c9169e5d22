namespace FamilyCase.Web.Features.Assessments;

/// <summary>A change the assessment's state no longer allows, told to the person in plain words.</summary>
public sealed class AssessmentChangedException(string message) : Exception(message)
{
    public const string Elsewhere = "This assessment was changed somewhere else a moment ago, so your last change was not saved. The page now shows what is saved; please check it and try again.";

    public const string Finished = "This assessment is finished and can no longer change; start a correction instead.";
}
