using FamilyCase.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class FamilyAssignmentConfiguration : IEntityTypeConfiguration<FamilyAssignment>
{
    public void Configure(EntityTypeBuilder<FamilyAssignment> builder)
    {
        builder.ToTable("Assignments");
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.HasIndex(a => new { a.StaffMemberId, a.EndedAtUtc, a.FamilyId });
        builder.HasIndex(a => a.FamilyId);
        builder.HasOne(a => a.StaffMember).WithMany().HasForeignKey(a => a.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.IsActive);
    }
}
