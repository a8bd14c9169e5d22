using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class RefusalAcknowledgementConfiguration : IEntityTypeConfiguration<RefusalAcknowledgement>
{
    public void Configure(EntityTypeBuilder<RefusalAcknowledgement> builder)
    {
        builder.HasKey(a => a.AuditEventId);
        builder.Property(a => a.AuditEventId).ValueGeneratedNever();
        builder.HasOne<AuditEvent>().WithOne().HasForeignKey<RefusalAcknowledgement>(a => a.AuditEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
