namespace FamilyCase.Domain.Families;

/// <summary>How and when a person can be contacted safely. Unknown answers stay null rather than guessed.</summary>
public class SafeContact
{
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public bool? VoicemailIsSafe { get; set; }
    public bool? MailIsSafe { get; set; }
    public string? BestTimes { get; set; }

    /// <summary>A word the person uses to signal it is not safe to talk.</summary>
    public string? CodeWord { get; set; }
}
