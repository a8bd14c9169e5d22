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
        builder.Property(m => m.Language).HasMaxLength(60);
        builder.Property(m => m.CulturalSupports).HasMaxLength(500);
        builder.Property(m => m.SafetyNotes).HasMaxLength(2000);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.OwnsOne(m => m.SafeContact, contact =>
        {
            contact.Property(c => c.Phone).HasMaxLength(40);
            contact.Property(c => c.Email).HasMaxLength(200);
            contact.Property(c => c.Address).HasMaxLength(300);
            contact.Property(c => c.BestTimes).HasMaxLength(200);
            contact.Property(c => c.CodeWord).HasMaxLength(60);
        });
        builder.Navigation(m => m.SafeContact).IsRequired();
        builder.HasIndex(m => new { m.FamilyId, m.Role, m.Id });
        builder.HasIndex(m => m.LastName);
        builder.HasIndex(m => m.FirstName);
        builder.Ignore(m => m.NameToUse);
    }
}
