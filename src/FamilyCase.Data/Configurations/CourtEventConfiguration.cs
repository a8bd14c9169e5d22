using FamilyCase.Domain.Justice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class CourtEventConfiguration : IEntityTypeConfiguration<CourtEvent>
{
    public void Configure(EntityTypeBuilder<CourtEvent> builder)
    {
        builder.Property(e => e.Courthouse).HasMaxLength(200);
        builder.Property(e => e.Room).HasMaxLength(64);
        builder.Property(e => e.MeetingPoint).HasMaxLength(200);
        builder.Property(e => e.Outcome).HasMaxLength(2000);
        builder.Property(e => e.Version).IsConcurrencyToken();

        // The calendar reads a window of days across families; the family file reads one family's dates.
        builder.HasIndex(e => new { e.StartsAtUtc, e.Id });
        builder.HasIndex(e => new { e.FamilyId, e.StartsAtUtc });
        builder.HasIndex(e => e.ProceedingId);
        builder.HasOne(e => e.Family).WithMany(f => f.CourtEvents).HasForeignKey(e => e.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Proceeding).WithMany(p => p.Events).HasForeignKey(e => e.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Attendances).WithOne().HasForeignKey(a => a.CourtEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Accommodations).WithOne().HasForeignKey(a => a.CourtEventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourtAttendanceConfiguration : IEntityTypeConfiguration<CourtAttendance>
{
    public void Configure(EntityTypeBuilder<CourtAttendance> builder)
    {
        builder.ToTable("CourtAttendances");
        builder.HasIndex(a => new { a.CourtEventId, a.FamilyMemberId }).IsUnique();
        builder.HasIndex(a => a.AccompaniedByStaffId);
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AccompaniedBy).WithMany().HasForeignKey(a => a.AccompaniedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Family).WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AccommodationConfiguration : IEntityTypeConfiguration<Accommodation>
{
    public void Configure(EntityTypeBuilder<Accommodation> builder)
    {
        builder.Property(a => a.Note).HasMaxLength(500);
        builder.HasIndex(a => a.FamilyMemberId);
        builder.HasOne(a => a.Member).WithMany().HasForeignKey(a => a.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.SupportPerson).WithMany().HasForeignKey(a => a.SupportPersonMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Family).WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}
