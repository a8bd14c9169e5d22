using FamilyCase.Domain.Assessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.Property(a => a.InstrumentCode).HasMaxLength(20);
        builder.Property(a => a.InstrumentVersion).HasMaxLength(10);
        builder.Property(a => a.Language).HasMaxLength(60);
        builder.Property(a => a.StressfulExperience).HasMaxLength(200);
        builder.Property(a => a.Band).HasMaxLength(60);
        builder.Property(a => a.ReviewComment).HasMaxLength(2000);
        builder.Property(a => a.CorrectionReason).HasMaxLength(500);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.Ignore(a => a.IsReadOnly);
        builder.HasIndex(a => new { a.FamilyMemberId, a.InstrumentCode, a.Status, a.CompletedAtUtc });
        builder.HasIndex(a => new { a.FamilyId, a.Status });
        builder.HasOne(a => a.Family).WithMany(f => f.Assessments).HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.FamilyMember).WithMany().HasForeignKey(a => a.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AdministeredBy).WithMany().HasForeignKey(a => a.AdministeredByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ReviewedBy).WithMany().HasForeignKey(a => a.ReviewedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Assessment>().WithMany().HasForeignKey(a => a.CorrectsAssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Answers).WithOne(a => a.Assessment).HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> builder)
    {
        builder.Property(a => a.ItemKey).HasMaxLength(60);
        builder.Property(a => a.Text).HasMaxLength(2000);
        builder.HasIndex(a => new { a.AssessmentId, a.ItemKey }).IsUnique();
        builder.HasOne(a => a.Family).WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SafetyAlertConfiguration : IEntityTypeConfiguration<SafetyAlert>
{
    public void Configure(EntityTypeBuilder<SafetyAlert> builder)
    {
        builder.Property(a => a.ActionTaken).HasMaxLength(2000);
        builder.Property(a => a.AcknowledgementNote).HasMaxLength(1000);
        builder.Ignore(a => a.NeedsAction);
        builder.Ignore(a => a.IsOpen);
        builder.HasIndex(a => new { a.FamilyId, a.AcknowledgedAtUtc });
        builder.HasIndex(a => a.AssessmentId);
        builder.HasOne(a => a.Family).WithMany(f => f.SafetyAlerts).HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.FamilyMember).WithMany().HasForeignKey(a => a.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Assessment).WithMany().HasForeignKey(a => a.AssessmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.ActionRecordedBy).WithMany().HasForeignKey(a => a.ActionRecordedByStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.AcknowledgedBy).WithMany().HasForeignKey(a => a.AcknowledgedByStaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
