using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Reports.Model;
using static FamilyCase.Domain.Documents.Redactor;

namespace FamilyCase.Reports.Composition;

/// <summary>Pieces every court document shares: its properties, running header, ban notice and footer, and the way a place is written.</summary>
internal static class DocumentParts
{
    public const string Language = "en-CA";

    public static DocumentModel Model(CourtDocumentSource source, Redactor redactor, DocumentKind kind, IReadOnlyList<Section> sections)
    {
        var title = DocumentAudiences.Title(kind);
        var fileNumber = source.Proceeding.CourtFileNumber;
        var info = new DocumentInfo(
            redactor.Metadata(fileNumber is null ? title : $"{title}, court file {fileNumber}"),
            redactor.Metadata(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{JusticeWords.Event(source.Event.Kind)}, {source.Local(source.Event.StartsAtUtc):yyyy-MM-dd}")),
            redactor.Metadata(source.Agency.Name),
            Language,
            source.PreparedAtUtc,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}|{source.Event.Id}|{source.Audience}|{string.Join(',', source.People.Select(p => p.Id).Order())}|{source.PreparedAtUtc:yyyy-MM-ddTHH:mm:ss}"));
        var header = fileNumber is null
            ? Words(title)
            : Words("{0} · Court file {1}", Words(title), redactor.Record(DocumentField.CourtDetails, fileNumber));
        var notice = source.PublicationBan
            ? Words("A publication ban is in force. Nothing that could identify a person it protects may be published, broadcast or shared.")
            : SafeText.Empty;
        var footer = kind == DocumentKind.CourtSupportSummary ? Words("Confidential") : Words("For you and your family");
        return new DocumentModel(info, header, notice, footer, sections, source.Agency.Logo);
    }

    public static SafeText Where(string courthouse, string? room, bool online, Redactor redactor) => Join(", ",
    [
        redactor.Record(DocumentField.CourtDetails, courthouse),
        room is null ? SafeText.Empty : Words("room {0}", redactor.Record(DocumentField.CourtDetails, room)),
        online ? Words("online") : SafeText.Empty,
    ]);

    public static SafeText Victim(FamilyMember person) => person.RecognisedAsVictim == true
        ? Words("Recognised as a victim in their own right (Criminal Code s. 2).")
        : SafeText.Empty;
}
