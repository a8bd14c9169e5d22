namespace FamilyCase.Domain.Documents;

/// <summary>The plain words for a section of a court document and for why it was left out.</summary>
public static class DocumentSections
{
    public static string Title(DocumentSection section) => section switch
    {
        DocumentSection.Cover => "Cover",
        DocumentSection.Roles => "Role in the proceeding",
        DocumentSection.Accommodations => "Accommodations and testimonial aids",
        DocumentSection.Orders => "Orders in force",
        DocumentSection.ImpactStatement => "Victim impact statement",
        DocumentSection.Supports => "Supports in place",
        DocumentSection.Needs => "What helps",
        DocumentSection.UpcomingDates => "Upcoming court dates",
        DocumentSection.Attestation => "Prepared by",
        DocumentSection.WhenAndWhere => "When and where",
        DocumentSection.WhoMeetsYou => "Who will meet you",
        DocumentSection.WhatHappens => "What usually happens",
        DocumentSection.Arrangements => "What has been arranged for you",
        _ => "Who to call",
    };

    public static string Reason(LeftOutReason reason) => reason switch
    {
        LeftOutReason.NoData => "nothing is recorded for it",
        LeftOutReason.NoConsent => "no consent to share with the court is recorded",
        LeftOutReason.ConsentWithdrawn => "consent to share with the court was withdrawn",
        _ => "consent to share with the court has expired",
    };
}
