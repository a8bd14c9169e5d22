using FamilyCase.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.Property(e => e.ActorName).HasMaxLength(120);
        builder.Property(e => e.RecordType).HasMaxLength(60);
        builder.Property(e => e.RecordId).HasMaxLength(60);
        builder.Property(e => e.Detail).HasMaxLength(AuditEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.FamilyId, e.OccurredAtUtc });
        builder.HasIndex(e => e.OccurredAtUtc);
        builder.HasIndex(e => new { e.ActorStaffId, e.OccurredAtUtc });
        // Refusals are a handful among every view: the dashboard finds a team's by their action first.
        builder.HasIndex(e => new { e.Action, e.ActorStaffId, e.OccurredAtUtc });
    }
}
