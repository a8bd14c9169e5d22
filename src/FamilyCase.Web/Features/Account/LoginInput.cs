using System.ComponentModel.DataAnnotations;

namespace FamilyCase.Web.Features.Account;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Please enter your user name or email.")]
    public string UserName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Please enter your password.")]
    public string Password { get; set; } = string.Empty;
}
