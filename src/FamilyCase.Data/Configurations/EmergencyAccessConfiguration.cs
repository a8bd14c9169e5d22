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
        builder.HasIndex(e => new { e.StaffTeamId, e.StaffTeamAcknowledgedAtUtc });
        builder.HasIndex(e => new { e.FamilyTeamId, e.FamilyTeamAcknowledgedAtUtc });
        builder.HasOne(e => e.Family).WithMany(f => f.EmergencyAccesses).HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.StaffMember).WithMany().HasForeignKey(e => e.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.GrantedBy).WithMany().HasForeignKey(e => e.GrantedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.StaffTeamAcknowledgedBy).WithMany().HasForeignKey(e => e.StaffTeamAcknowledgedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.FamilyTeamAcknowledgedBy).WithMany().HasForeignKey(e => e.FamilyTeamAcknowledgedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Staff.Team>().WithMany().HasForeignKey(e => e.StaffTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Staff.Team>().WithMany().HasForeignKey(e => e.FamilyTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmergencyAccessRequestConfiguration : IEntityTypeConfiguration<EmergencyAccessRequest>
{
    public void Configure(EntityTypeBuilder<EmergencyAccessRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.DecisionNote).HasMaxLength(1000);
        builder.HasIndex(r => new { r.FamilyTeamId, r.Status });
        builder.HasIndex(r => new { r.StaffMemberId, r.FamilyId, r.Status });
        builder.HasOne(r => r.Family).WithMany().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.StaffMember).WithMany().HasForeignKey(r => r.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.DecidedBy).WithMany().HasForeignKey(r => r.DecidedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.EmergencyAccess).WithMany().HasForeignKey(r => r.EmergencyAccessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Staff.Team>().WithMany().HasForeignKey(r => r.StaffTeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Staff.Team>().WithMany().HasForeignKey(r => r.FamilyTeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
