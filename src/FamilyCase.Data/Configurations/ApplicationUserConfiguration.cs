using FamilyCase.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.HasOne(u => u.StaffMember).WithOne().HasForeignKey<ApplicationUser>(u => u.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
