using FamilyCase.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> builder)
    {
        builder.ToTable("Staff");
        builder.Property(s => s.DisplayName).HasMaxLength(120);
        builder.Property(s => s.Email).HasMaxLength(256);
        builder.Property(s => s.ExternalObjectId).HasMaxLength(64);
        builder.Property(s => s.CalendarFeedKeyHash).HasMaxLength(64);
        builder.HasIndex(s => s.CalendarFeedKeyHash).IsUnique().HasFilter("CalendarFeedKeyHash IS NOT NULL");
        builder.HasIndex(s => s.Email).IsUnique();
        builder.HasIndex(s => s.ExternalObjectId).IsUnique();
        builder.HasOne(s => s.Team).WithMany(t => t.Members).HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
