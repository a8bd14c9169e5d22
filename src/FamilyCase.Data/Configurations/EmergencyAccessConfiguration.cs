using FamilyCase.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class EmergencyAccessConfiguration : IEntityTypeConfiguration<EmergencyAccess>
{
    public void Configure(EntityTypeBuilder<EmergencyAccess> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.HasIndex(e => new { e.StaffMemberId, e.ExpiresAtUtc });
        builder.HasIndex(e => new { e.FamilyId, e.StartedAtUtc });
        builder.HasOne(e => e.Family).WithMany(f => f.EmergencyAccesses).HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.StaffMember).WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
