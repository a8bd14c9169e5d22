using FamilyCase.Web.Features.Families;

namespace FamilyCase.Web.Features.Intake;

/// <summary>A new family file: the family's facts, the child the file is opened for, and who will work with them.</summary>
public sealed class IntakeForm
{
    public FamilyDetailsForm Family { get; } = new();
    public string ChildFirstName { get; set; } = "";
    public string ChildLastName { get; set; } = "";
    public DateTime? ChildDateOfBirth { get; set; }
    public int? PrimaryWorkerId { get; set; }

    public bool HasAnyInput =>
        !string.IsNullOrWhiteSpace(Family.DisplayName) || !string.IsNullOrWhiteSpace(ChildFirstName) || !string.IsNullOrWhiteSpace(ChildLastName)
        || ChildDateOfBirth is not null || !string.IsNullOrWhiteSpace(Family.PreferredLanguage)
        || Family.SafetyConcern || Family.PublicationBan || Family.MediaAttention || Family.InterpreterNeeded;
}
