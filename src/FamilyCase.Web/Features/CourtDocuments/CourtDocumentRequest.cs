using FamilyCase.Domain.Documents;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>What the packet builder asks for: a court event, the people the document is for, and its audience.</summary>
public sealed record CourtDocumentRequest(int CourtEventId, IReadOnlyList<int> MemberIds, DocumentAudience Audience);

/// <summary>A generated file on its way to the browser, with what the record of it says.</summary>
public sealed record GeneratedFile(int DocumentId, string FileName, byte[] Content, string Sha256, int Pages, IReadOnlyList<SectionOutcome> Sections, bool? SameAsOriginal = null);

/// <summary>Why a request was refused, in words for the person who asked.</summary>
public sealed record DocumentRefusal(string Message);
