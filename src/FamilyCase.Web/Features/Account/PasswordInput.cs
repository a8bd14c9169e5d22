using System.ComponentModel.DataAnnotations;

namespace FamilyCase.Web.Features.Account;

public sealed class PasswordInput
{
    [Required(ErrorMessage = "Please enter your current password.")]
    public string Current { get; set; } = string.Empty;

    [Required(ErrorMessage = "Please enter a new password.")]
    public string New { get; set; } = string.Empty;

    [Required(ErrorMessage = "Please enter the new password again.")]
    public string Confirm { get; set; } = string.Empty;
}
