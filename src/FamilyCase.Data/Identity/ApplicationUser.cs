using FamilyCase.Domain.Staff;
using Microsoft.AspNetCore.Identity;

namespace FamilyCase.Data.Identity;

/// <summary>A local sign-in account; who the person is and what they may do lives on their <see cref="StaffMember"/>.</summary>
public class ApplicationUser : IdentityUser
{
    public int StaffMemberId { get; set; }
    public StaffMember? StaffMember { get; set; }
}
