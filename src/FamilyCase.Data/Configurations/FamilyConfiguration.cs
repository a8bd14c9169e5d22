using FamilyCase.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class FamilyConfiguration : IEntityTypeConfiguration<Family>
{
    public void Configure(EntityTypeBuilder<Family> builder)
    {
        builder.Property(f => f.FileNumber).HasMaxLength(16);
        builder.Property(f => f.DisplayName).HasMaxLength(200);
        builder.Property(f => f.ClosingReason).HasMaxLength(500);
        builder.Property(f => f.PreferredLanguage).HasMaxLength(60);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.Ignore(f => f.IsClosed);
        builder.HasIndex(f => f.FileNumber).IsUnique();
        builder.HasIndex(f => new { f.TeamId, f.UpdatedAtUtc, f.Id });
        builder.HasIndex(f => new { f.UpdatedAtUtc, f.Id });
        builder.HasOne(f => f.Team).WithMany().HasForeignKey(f => f.TeamId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Members).WithOne(m => m.Family).HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.Assignments).WithOne(a => a.Family).HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}
