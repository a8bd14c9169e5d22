using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Office).HasMaxLength(100);
        builder.Property(t => t.Area).HasMaxLength(100);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}
