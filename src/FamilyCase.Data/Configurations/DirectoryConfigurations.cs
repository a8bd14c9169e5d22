using FamilyCase.Domain.Directory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class ServiceOrganisationConfiguration : IEntityTypeConfiguration<ServiceOrganisation>
{
    public void Configure(EntityTypeBuilder<ServiceOrganisation> builder)
    {
        builder.ToTable("ServiceOrganisations");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Website).HasMaxLength(200);
        builder.Property(o => o.Phone).HasMaxLength(50);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.About).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasIndex(o => o.Name).IsUnique();
        builder.HasMany(o => o.Programs).WithOne(p => p.Organisation).HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceProgramConfiguration : IEntityTypeConfiguration<ServiceProgram>
{
    public void Configure(EntityTypeBuilder<ServiceProgram> builder)
    {
        builder.ToTable("ServicePrograms");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kinds).HasMaxLength(300);
        builder.Property(p => p.Areas).HasMaxLength(500);
        builder.Property(p => p.Languages).HasMaxLength(300);
        builder.Property(p => p.Eligibility).HasMaxLength(500);
        builder.Property(p => p.CostNote).HasMaxLength(200);
        builder.Property(p => p.HowToRefer).HasMaxLength(500);
        builder.Property(p => p.Contact).HasMaxLength(300);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => new { p.OrganisationId, p.Name }).IsUnique();
        builder.Ignore(p => p.KindList);
    }
}
