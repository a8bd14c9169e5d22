using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class GeneratedDocumentConfiguration : IEntityTypeConfiguration<GeneratedDocument>
{
    public void Configure(EntityTypeBuilder<GeneratedDocument> builder)
    {
        builder.Property(d => d.MemberIds).HasMaxLength(400);
        builder.Property(d => d.Sections).HasMaxLength(2000);
        builder.Property(d => d.PreparedBy).HasMaxLength(200);
        builder.Property(d => d.Sha256).HasMaxLength(GeneratedDocument.Sha256Length).IsFixedLength();

        // The Documents tab lists one family's documents, newest first.
        builder.HasIndex(d => new { d.FamilyId, d.GeneratedAtUtc });
        builder.HasIndex(d => d.CourtEventId);
        builder.HasOne<GeneratedDocument>().WithMany().HasForeignKey(d => d.CopyOfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Family).WithMany(f => f.GeneratedDocuments).HasForeignKey(d => d.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LegalProceeding>().WithMany().HasForeignKey(d => d.ProceedingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CourtEvent>().WithMany().HasForeignKey(d => d.CourtEventId).OnDelete(DeleteBehavior.Restrict);
    }
}
