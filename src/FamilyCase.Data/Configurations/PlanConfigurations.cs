using FamilyCase.Domain.Families;
using FamilyCase.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> builder)
    {
        builder.ToTable("PlanGoals");
        builder.Property(g => g.DomainKey).HasMaxLength(50);
        builder.Property(g => g.InTheirWords).HasMaxLength(500);
        builder.Property(g => g.StatusNote).HasMaxLength(500);
        builder.Property(g => g.Version).IsConcurrencyToken();

        // The family's plan and a team's count of active goals per need; the agency's count reads the second index alone.
        builder.HasIndex(g => new { g.FamilyId, g.Status });
        builder.HasIndex(g => new { g.Status, g.DomainKey, g.FamilyId, g.FamilyMemberId });
        builder.HasOne<Family>().WithMany(f => f.Goals).HasForeignKey(g => g.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(g => g.Member).WithMany().HasForeignKey(g => g.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(g => g.Actions).WithOne().HasForeignKey(a => a.PlanGoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GoalActionConfiguration : IEntityTypeConfiguration<GoalAction>
{
    public void Configure(EntityTypeBuilder<GoalAction> builder)
    {
        builder.ToTable("GoalActions");
        builder.Property(a => a.Who).HasMaxLength(100);
        builder.Property(a => a.What).HasMaxLength(300);
        builder.HasOne<Family>().WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DeclinedSuggestionConfiguration : IEntityTypeConfiguration<DeclinedSuggestion>
{
    public void Configure(EntityTypeBuilder<DeclinedSuggestion> builder)
    {
        builder.Property(d => d.DomainKey).HasMaxLength(50);
        builder.HasIndex(d => new { d.FamilyMemberId, d.AssessmentId, d.DomainKey }).IsUnique();
        builder.HasIndex(d => d.FamilyId);
        builder.HasOne<Family>().WithMany(f => f.DeclinedSuggestions).HasForeignKey(d => d.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FamilyMember>().WithMany().HasForeignKey(d => d.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.Property(r => r.OutsideService).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();

        // A team's report starts from its families, so each family's referrals are read by FamilyId. The agency-wide report
        // reads each of its counts from one index alone, already in the order it groups by: statuses with barriers, waits by
        // program, waits by kind.
        builder.HasIndex(r => new { r.FamilyId, r.Status });
        builder.HasIndex(r => new { r.Status, r.Barriers });
        builder.HasIndex(r => new { r.ProgramId, r.WaitDays });
        builder.HasIndex(r => new { r.Kind, r.WaitDays });
        builder.HasOne<Family>().WithMany(f => f.Referrals).HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Member).WithMany().HasForeignKey(r => r.FamilyMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Program).WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Goal).WithMany().HasForeignKey(r => r.PlanGoalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReferralStepConfiguration : IEntityTypeConfiguration<ReferralStep>
{
    public void Configure(EntityTypeBuilder<ReferralStep> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(500);
        builder.HasOne<Family>().WithMany().HasForeignKey(s => s.FamilyId).OnDelete(DeleteBehavior.Restrict);
    }
}
