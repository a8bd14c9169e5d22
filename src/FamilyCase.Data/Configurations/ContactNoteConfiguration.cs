using FamilyCase.Domain.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyCase.Data.Configurations;

internal sealed class ContactNoteConfiguration : IEntityTypeConfiguration<ContactNote>
{
    public const int MaxTextLength = 8000;

    public void Configure(EntityTypeBuilder<ContactNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(MaxTextLength);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.HasIndex(n => new { n.FamilyId, n.OccurredAtUtc, n.Id });
        builder.HasOne(n => n.Family).WithMany(f => f.Notes).HasForeignKey(n => n.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorStaffId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(n => n.MembersInvolved).WithMany().UsingEntity("ContactNoteMembers",
            right => right.HasOne(typeof(Domain.Families.FamilyMember)).WithMany().HasForeignKey("FamilyMemberId").OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(ContactNote)).WithMany().HasForeignKey("ContactNoteId").OnDelete(DeleteBehavior.Cascade));
    }
}
