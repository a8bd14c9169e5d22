using FamilyCase.Domain.Justice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class VictimImpactStatementConfiguration : IEntityTypeConfiguration<VictimImpactStatement>
{
    public void Configure(EntityTypeBuilder<VictimImpactStatement> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasIndex(s => new { s.FamilyId, s.ProceedingId });
        builder.HasOne<Domain.Families.Family>().WithMany(f => f.Statements).HasForeignKey(s => s.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Proceeding).WithMany().HasForeignKey(s => s.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Member).WithMany().HasForeignKey(s => s.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PoliceContactConfiguration : IEntityTypeConfiguration<PoliceContact>
{
    public void Configure(EntityTypeBuilder<PoliceContact> builder)
    {
        builder.Property(p => p.PoliceService).HasMaxLength(200);
        builder.Property(p => p.Officer).HasMaxLength(200);
        builder.Property(p => p.Purpose).HasMaxLength(300);
        builder.Property(p => p.InTheirWords).HasMaxLength(2000);
        builder.Property(p => p.FollowUp).HasMaxLength(500);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.FamilyId, p.OccurredOn });
        builder.HasOne<Domain.Families.Family>().WithMany(f => f.PoliceContacts).HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Member).WithMany().HasForeignKey(p => p.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InformationGivenConfiguration : IEntityTypeConfiguration<InformationGiven>
{
    public void Configure(EntityTypeBuilder<InformationGiven> builder)
    {
        builder.ToTable("InformationGiven");
        builder.Property(i => i.Note).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.FamilyId, i.GivenOn });
        builder.HasOne<Domain.Families.Family>().WithMany(f => f.InformationGiven).HasForeignKey(i => i.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Member).WithMany().HasForeignKey(i => i.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.GivenBy).WithMany().HasForeignKey(i => i.GivenByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Property(i => i.ConductedBy).HasMaxLength(200);
        builder.Property(i => i.RecordingHeldBy).HasMaxLength(200);
        builder.Property(i => i.WhyNeeded).HasMaxLength(500);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasIndex(i => new { i.FamilyMemberId, i.On });
        builder.HasIndex(i => i.FamilyId);
        builder.HasOne<Domain.Families.Family>().WithMany(f => f.Interviews).HasForeignKey(i => i.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Member).WithMany().HasForeignKey(i => i.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class JusticeApplicationConfiguration : IEntityTypeConfiguration<JusticeApplication>
{
    public void Configure(EntityTypeBuilder<JusticeApplication> builder)
    {
        builder.ToTable("Applications");
        builder.Property(a => a.Outcome).HasMaxLength(1000);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => new { a.FamilyId, a.DueOn });
        builder.HasOne<Domain.Families.Family>().WithMany(f => f.Applications).HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
