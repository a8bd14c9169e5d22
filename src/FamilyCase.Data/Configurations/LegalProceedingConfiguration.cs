using FamilyCase.Domain.Justice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class LegalProceedingConfiguration : IEntityTypeConfiguration<LegalProceeding>
{
    public void Configure(EntityTypeBuilder<LegalProceeding> builder)
    {
        builder.ToTable("Proceedings");
        builder.Property(p => p.Court).HasMaxLength(200);
        builder.Property(p => p.CourtLocation).HasMaxLength(200);
        builder.Property(p => p.CourtFileNumber).HasMaxLength(64);
        builder.Property(p => p.AccusedLabel).HasMaxLength(100);
        builder.Property(p => p.CrownContact).HasMaxLength(300);
        builder.Property(p => p.VictimWitnessContact).HasMaxLength(300);
        builder.Property(p => p.PoliceService).HasMaxLength(200);
        builder.Property(p => p.PoliceOfficer).HasMaxLength(200);
        builder.Property(p => p.Outcome).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();

        // Serves the family's Justice tab and court support's "has an open proceeding" check alike.
        builder.HasIndex(p => new { p.FamilyId, p.Status });
        builder.HasOne(p => p.Family).WithMany(f => f.Proceedings).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Charges).WithOne().HasForeignKey(c => c.ProceedingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.PublicationBans).WithOne().HasForeignKey(b => b.ProceedingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Conditions).WithOne().HasForeignKey(c => c.ProceedingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ChargeConfiguration : IEntityTypeConfiguration<Charge>
{
    public void Configure(EntityTypeBuilder<Charge> builder)
    {
        builder.Property(c => c.Section).HasMaxLength(100);
        builder.Property(c => c.Wording).HasMaxLength(500);
        builder.HasOne(c => c.Family).WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PublicationBanConfiguration : IEntityTypeConfiguration<PublicationBan>
{
    public void Configure(EntityTypeBuilder<PublicationBan> builder)
    {
        builder.Property(b => b.Section).HasMaxLength(100);
        builder.Property(b => b.Scope).HasMaxLength(500);
        builder.Property(b => b.Protects).HasMaxLength(300);
        builder.HasOne(b => b.Family).WithMany().HasForeignKey(b => b.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourtConditionConfiguration : IEntityTypeConfiguration<CourtCondition>
{
    public void Configure(EntityTypeBuilder<CourtCondition> builder)
    {
        builder.Property(c => c.Wording).HasMaxLength(500);
        builder.Property(c => c.Protects).HasMaxLength(300);
        builder.HasOne(c => c.Family).WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}
