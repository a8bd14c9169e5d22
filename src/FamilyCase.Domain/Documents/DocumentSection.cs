namespace FamilyCase.Domain.Documents;

/// <summary>The sections a court document can have, in the order they are printed.</summary>
public enum DocumentSection
{
    Cover,
    Roles,
    Accommodations,
    Orders,
    ImpactStatement,
    Supports,
    Needs,
    UpcomingDates,
    Attestation,
    WhenAndWhere,
    WhoMeetsYou,
    WhatHappens,
    Arrangements,
    WhoToCall,
}

/// <summary>Why a section was left out of a document.</summary>
public enum LeftOutReason
{
    NoData,
    NoConsent,
    ConsentWithdrawn,
    ConsentExpired,
}

/// <summary>One section of one document, for one person or the whole family, and whether it was printed.</summary>
public sealed record SectionOutcome(DocumentSection Section, int? MemberId, LeftOutReason? LeftOut)
{
    public bool Included => LeftOut is null;
}
