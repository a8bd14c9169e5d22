using FamilyCase.Data;
using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Access;
using FamilyCase.Domain.Auditing;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Time;
using FamilyCase.Reports.Composition;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>The packet builder's hearing and people, its preview, and a family's Documents tab. Each opening is audited.</summary>
public sealed class CourtDocumentQuery(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, AgencyTime time, AuditTrail audit, CourtDocumentSources sources)
{
    public async Task<PacketBuilderView?> BuilderAsync(SignedInStaff staff, int courtEventId, CancellationToken cancellationToken)
    {
        if (!FamilyAccessPolicy.MayGenerateCourtDocuments(staff.Role))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var families = db.Families.AsNoTracking();
        var courtEvent = await families.CourtEventsVisibleTo(staff.Scope, now).Where(e => e.Id == courtEventId)
            .Select(e => new
            {
                e.FamilyId, e.Family!.FileNumber, e.Kind, e.StartsAtUtc, e.Courthouse, e.Room, e.Virtual, Proceeding = e.Proceeding!.Kind, e.Proceeding.CourtFileNumber,
                Attending = e.Attendances.Select(a => a.FamilyMemberId).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (courtEvent is null)
        {
            return null;
        }

        var members = (await families.Where(f => f.Id == courtEvent.FamilyId).MembersVisibleTo(staff.Scope, now).ToListAsync(cancellationToken))
            .OrderBy(m => m.Role).ThenBy(m => m.Id).ToList();
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "CourtDocuments", courtEventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            courtEvent.FamilyId, "Opened the court packet builder"), cancellationToken);
        return new PacketBuilderView(courtEvent.FamilyId, courtEvent.FileNumber, courtEventId, JusticeWords.Event(courtEvent.Kind), time.Format(courtEvent.StartsAtUtc),
            courtEvent.Courthouse + (courtEvent.Room is { } room ? $", room {room}" : "") + (courtEvent.Virtual ? " (virtual)" : ""),
            JusticeWords.Proceeding(courtEvent.Proceeding) + (courtEvent.CourtFileNumber is { } file ? $", court file {file}" : ""),
            members.Select(m => new BuilderPerson(m.Id, MemberNames.Full(m.FirstName, m.LastName, m.PreferredName), m.Relationship, courtEvent.Attending.Contains(m.Id), DocumentEligibility.MayBeFor(m))).ToList());
    }

    /// <summary>The document as it would print now. Consent is checked again when it is generated.</summary>
    public async Task<(DocumentPreview? Preview, string? Problem)> PreviewAsync(SignedInStaff staff, CourtDocumentRequest request, CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var (source, problem) = await sources.LoadAsync(db, staff, request, staff.DisplayName, now, cancellationToken);
        if (source is null)
        {
            return (null, problem);
        }

        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "CourtDocuments", request.CourtEventId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            source.Family.Id, $"Previewed a {DocumentAudiences.Name(DocumentAudiences.KindFor(request.Audience))} for: {DocumentAudiences.Words(request.Audience)}, about members {string.Join(", ", source.People.Select(p => p.Id))}"), cancellationToken);
        return (PreviewText.Of(CourtDocumentComposer.Compose(source), id => PersonName(source, id)), null);
    }

    public async Task<DocumentList> DocumentsAsync(SignedInStaff staff, int familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var family = db.Families.AsNoTracking().Where(f => f.Id == familyId);
        var documents = await family.GeneratedDocumentsVisibleTo(staff.Scope, now).OrderByDescending(d => d.GeneratedAtUtc).ThenByDescending(d => d.Id)
            .Take(DocumentList.Shown + 1)
            .Select(d => new { d.Id, d.Kind, d.Audience, d.MemberIds, d.Sections, d.PreparedBy, d.GeneratedByStaffId, d.GeneratedAtUtc, d.Sha256, d.Pages, d.PasswordProtected, d.CopyOfId, d.CourtEventId, HasCopy = d.Content != null })
            .ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return new DocumentList([], false);
        }

        var names = await MemberNames.LoadAsync(family.MembersVisibleTo(staff.Scope, now), cancellationToken);
        var makers = await StaffNames.LoadAsync(db, documents.Where(d => d.CopyOfId != null).Select(d => d.GeneratedByStaffId), cancellationToken);
        var eventIds = documents.Select(d => d.CourtEventId).Distinct().ToList();
        var hearings = await family.CourtEventsVisibleTo(staff.Scope, now).Where(e => eventIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => new { e.Kind, e.StartsAtUtc }, cancellationToken);
        await audit.RecordViewAsync(new AuditEntry(AuditAction.View, staff.DisplayName, staff.StaffId, "Family", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            familyId, "Documents tab"), cancellationToken);
        string Name(int id) => names.TryGetValue(id, out var name) ? name : "A former member";
        var rows = documents.Take(DocumentList.Shown).Select(d => new DocumentRow(d.Id, DocumentAudiences.Title(d.Kind),
                string.Join(", ", GeneratedDocument.ReadMembers(d.MemberIds).Select(Name)), DocumentAudiences.Words(d.Audience),
                hearings.TryGetValue(d.CourtEventId, out var h) ? $"{JusticeWords.Event(h.Kind)}, {time.Format(h.StartsAtUtc)}" : "A court date",
                PreviewText.Lines(SectionOutcomes.Read(d.Sections), Name),
                d.CopyOfId is null ? d.PreparedBy : $"{makers.GetValueOrDefault(d.GeneratedByStaffId, "A former member of staff")} (made again; first made by {d.PreparedBy})", d.GeneratedAtUtc, d.Sha256.Trim(), d.Pages, d.PasswordProtected, d.CopyOfId, d.HasCopy))
            .ToList();
        return new DocumentList(rows, documents.Count > DocumentList.Shown);
    }

    private static string PersonName(CourtDocumentSource source, int id) =>
        source.Family.Members.FirstOrDefault(m => m.Id == id) is { } m ? MemberNames.Full(m.FirstName, m.LastName, m.PreferredName) : "A former member";
}
