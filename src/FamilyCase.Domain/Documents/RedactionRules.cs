namespace FamilyCase.Domain.Documents;

/// <summary>A kind of value that could go into a court document.</summary>
public enum DocumentField
{
    IdentifiedChildName,
    MinorName,
    AdultName,
    DateOfBirth,
    HomeAddress,
    ShelterLocation,
    School,
    SafeContactDetails,
    ContactNoteText,
    ConfidentialNote,
    ScreeningAnswers,
    ScoresAndBands,
    Diagnoses,
    OwnWordsAndStrengthNotes,
    AccountOfEvents,
    RecordNotes,
    ClinicalServiceName,
    OutsideServiceName,
    MemberNotInDocument,
    NeedsInPlainWords,
    CourtOrderWording,
    CourtDetails,
    StaffName,
    ServiceName,
    DocumentText,
    WrittenForTheDocument,
    PersonNameInMetadata,
}

/// <summary>When a rule applies.</summary>
public enum RedactionCondition
{
    Always,
    PublicationBan,
    ChildProtection,
}

/// <summary>What happens to a value, from the least to the most withheld: the strictest rule that applies wins.</summary>
public enum Treatment
{
    Print,
    FirstNameOnly,
    Initials,
    RelationshipAndInitials,
    Withhold,
}

public sealed record RedactionRule(DocumentField Field, RedactionCondition When, Treatment Treatment, string Why);

/// <summary>
/// The one redaction policy for every generated document. docs/court-documents.md prints this table; each row has a test.
/// </summary>
public static class RedactionRules
{
    public static readonly IReadOnlyList<RedactionRule> Table =
    [
        new(DocumentField.IdentifiedChildName, RedactionCondition.Always, Treatment.Initials, "The child at the centre of the case is never named; initials only."),
        new(DocumentField.MinorName, RedactionCondition.Always, Treatment.FirstNameOnly, "A minor's full name never appears."),
        new(DocumentField.MinorName, RedactionCondition.PublicationBan, Treatment.Initials, "With a publication ban in force (s. 486.4), every minor appears by initials."),
        new(DocumentField.MinorName, RedactionCondition.ChildProtection, Treatment.Initials, "In a child-protection matter (CYFSA s. 87(8)), every minor appears by initials."),
        new(DocumentField.AdultName, RedactionCondition.Always, Treatment.Print, "Adults are named so court staff know who they are meeting."),
        new(DocumentField.AdultName, RedactionCondition.ChildProtection, Treatment.RelationshipAndInitials, "CYFSA s. 87(8) also forbids identifying the child's parents and family: relationship and initials only."),
        new(DocumentField.DateOfBirth, RedactionCondition.Always, Treatment.Withhold, "A date of birth is never printed."),
        new(DocumentField.HomeAddress, RedactionCondition.Always, Treatment.Withhold, "Home addresses are never printed."),
        new(DocumentField.ShelterLocation, RedactionCondition.Always, Treatment.Withhold, "Shelter and safe-house locations are never printed."),
        new(DocumentField.School, RedactionCondition.Always, Treatment.Withhold, "A child's school is never printed."),
        new(DocumentField.SafeContactDetails, RedactionCondition.Always, Treatment.Withhold, "Phone numbers, e-mail, code words and safe times stay in the file."),
        new(DocumentField.ContactNoteText, RedactionCondition.Always, Treatment.Withhold, "Case notes were not written for the court, and could be sought as records (Criminal Code ss. 278.1–278.91)."),
        new(DocumentField.ConfidentialNote, RedactionCondition.Always, Treatment.Withhold, "Confidential notes never leave the file."),
        new(DocumentField.ScreeningAnswers, RedactionCondition.Always, Treatment.Withhold, "Answers to screening questions are never printed."),
        new(DocumentField.ScoresAndBands, RedactionCondition.Always, Treatment.Withhold, "Scores, bands and ratings are never printed."),
        new(DocumentField.Diagnoses, RedactionCondition.Always, Treatment.Withhold, "Diagnoses and clinical detail are never printed."),
        new(DocumentField.OwnWordsAndStrengthNotes, RedactionCondition.Always, Treatment.Withhold, "A person's own words in a check-in were said to their worker, not to the court."),
        new(DocumentField.AccountOfEvents, RedactionCondition.Always, Treatment.Withhold, "No account of the events or the evidence, and no view on anyone's credibility."),
        new(DocumentField.RecordNotes, RedactionCondition.Always, Treatment.Withhold, "Notes and outcomes typed on records were not written for a document."),
        new(DocumentField.ClinicalServiceName, RedactionCondition.Always, Treatment.Withhold, "A counselling or health referral shows the kind of service, not the provider: a named provider invites an application for counselling records (ss. 278.1–278.91)."),
        new(DocumentField.OutsideServiceName, RedactionCondition.Always, Treatment.Withhold, "A service outside the directory was named in a worker's own words; the document says only its kind."),
        new(DocumentField.MemberNotInDocument, RedactionCondition.Always, Treatment.Withhold, "Family members the document is not for appear only where they attend with the person."),
        new(DocumentField.NeedsInPlainWords, RedactionCondition.Always, Treatment.Print, "Needs are printed in set plain words, strengths first, and only with the person's consent to share with the court."),
        new(DocumentField.CourtOrderWording, RedactionCondition.Always, Treatment.Print, "Orders are printed in the order's words, with any name of a protected person taken out."),
        new(DocumentField.CourtDetails, RedactionCondition.Always, Treatment.Print, "Court, file number, courthouse and room."),
        new(DocumentField.StaffName, RedactionCondition.Always, Treatment.Print, "Agency staff are named so the court knows who supports the family."),
        new(DocumentField.ServiceName, RedactionCondition.Always, Treatment.Print, "Programs and organisations from the service directory."),
        new(DocumentField.DocumentText, RedactionCondition.Always, Treatment.Print, "The template's own words, written for the document."),
        new(DocumentField.WrittenForTheDocument, RedactionCondition.Always, Treatment.Print, "Words a worker wrote to be printed (where to meet), with any protected name taken out."),
        new(DocumentField.PersonNameInMetadata, RedactionCondition.Always, Treatment.Withhold, "Title, author, subject and keywords of the file carry no personal names."),
    ];

    /// <summary>The strictest treatment among the rules for <paramref name="field"/> that apply.</summary>
    public static Treatment TreatmentOf(DocumentField field, bool publicationBan, bool childProtection) => Table
        .Where(r => r.Field == field && r.When switch
        {
            RedactionCondition.PublicationBan => publicationBan,
            RedactionCondition.ChildProtection => childProtection,
            _ => true,
        })
        .Select(r => r.Treatment)
        .DefaultIfEmpty(Treatment.Withhold)
        .Max();
}
