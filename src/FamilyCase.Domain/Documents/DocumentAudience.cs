namespace FamilyCase.Domain.Documents;

/// <summary>Who a generated document is for. The audience decides the kind of document and what it may say.</summary>
public enum DocumentAudience
{
    /// <summary>The Crown and the victim/witness assistance program.</summary>
    CrownVictimWitness,
    Court,
    /// <summary>The family itself: a court-day sheet in plain, warm words.</summary>
    Family,
}

public enum DocumentKind
{
    CourtSupportSummary,
    FamilyCourtDaySheet,
}

public static class DocumentAudiences
{
    public static DocumentKind KindFor(DocumentAudience audience) =>
        audience == DocumentAudience.Family ? DocumentKind.FamilyCourtDaySheet : DocumentKind.CourtSupportSummary;

    public static string Words(DocumentAudience audience) => audience switch
    {
        DocumentAudience.CrownVictimWitness => "Crown and victim/witness assistance program",
        DocumentAudience.Court => "The court",
        _ => "The family",
    };

    public static string Title(DocumentKind kind) => kind == DocumentKind.CourtSupportSummary ? "Court-support summary" : "Your court day";

    /// <summary>What the document is called when speaking of it (in the audit trail and on screens).</summary>
    public static string Name(DocumentKind kind) => kind == DocumentKind.CourtSupportSummary ? "court-support summary" : "family court-day sheet";

    /// <summary>What a file of many such documents is called (a court day).</summary>
    public static string Titles(DocumentKind kind) => kind == DocumentKind.CourtSupportSummary ? "Court-support summaries" : "Family court-day sheets";
}
