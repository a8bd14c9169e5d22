using FamilyCase.Domain.Consents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.Property(c => c.Recipient).HasMaxLength(200);
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.HasIndex(c => new { c.FamilyMemberId, c.Scope, c.DecidedOn });
        builder.HasIndex(c => c.FamilyId);
        builder.HasOne(c => c.FamilyMember).WithMany(m => m.Consents).HasForeignKey(c => c.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Family).WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.RecordedBy).WithMany().HasForeignKey(c => c.RecordedByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
