using FamilyCase.Domain.Families;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class FamilyMemberConfiguration : IEntityTypeConfiguration<FamilyMember>
{
    public void Configure(EntityTypeBuilder<FamilyMember> builder)
    {
        builder.Property(m => m.Relationship).HasMaxLength(80);
        builder.Property(m => m.FirstName).HasMaxLength(100);
        builder.Property(m => m.LastName).HasMaxLength(100);
        builder.Property(m => m.PreferredName).HasMaxLength(100);
        builder.Property(m => m.Pronouns).HasMaxLength(40);
        builder.HasIndex(m => m.FamilyId);
        builder.HasIndex(m => m.LastName);
        builder.Ignore(m => m.NameToUse);
    }
}
