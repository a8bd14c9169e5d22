using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Reports.Model;
using static FamilyCase.Domain.Documents.Redactor;

namespace FamilyCase.Reports.Composition;

/// <summary>
/// The court-support summary for the Crown, victim/witness staff or the court: who these people are to the case, what aids
/// were asked for, what orders protect them and what support is in place. DOMAIN.md section 4 lists what it may hold.
/// </summary>
public static class CourtSummaryComposer
{
    public static ComposedDocument Compose(CourtDocumentSource source)
    {
        var redactor = new Redactor(source.Redaction);
        var people = source.People;
        var several = people.Count > 1;
        var writer = new SectionWriter();

        writer.Title(Words(DocumentAudiences.Title(DocumentKind.CourtSupportSummary)), Cover(source, redactor, people));
        writer.PerMember(DocumentSection.Roles, people, redactor, several, p => (Roles(source, redactor, p), null));
        writer.PerMember(DocumentSection.Accommodations, people, redactor, several, p => (Accommodations(source, redactor, p), null));
        writer.Family(DocumentSection.Orders, Orders(source, redactor));
        writer.PerMember(DocumentSection.ImpactStatement, people, redactor, several, p => (Statement(source, p), null));
        writer.PerMember(DocumentSection.Supports, people, redactor, several, p => (Supports(source, redactor, p), null));
        writer.PerMember(DocumentSection.Needs, people, redactor, several, p => Needs(source, p));
        writer.Family(DocumentSection.UpcomingDates, Upcoming(source, redactor));
        writer.Family(DocumentSection.Attestation, Attestation(source, redactor));

        return new ComposedDocument(DocumentKind.CourtSupportSummary, DocumentParts.Model(source, redactor, DocumentKind.CourtSupportSummary, writer.Sections), writer.Outcomes);
    }

    private static List<Block> Cover(CourtDocumentSource source, Redactor redactor, IReadOnlyList<FamilyMember> people)
    {
        var starts = source.Local(source.Event.StartsAtUtc);
        var rows = new List<KeyValue>
        {
            new(Words("Agency"), redactor.Record(DocumentField.CourtDetails, source.Agency.Name)),
            new(Words("Court file number"), source.Proceeding.CourtFileNumber is { } number ? redactor.Record(DocumentField.CourtDetails, number) : Words("Not yet assigned")),
            new(Words("Court"), redactor.Record(DocumentField.CourtDetails, source.Proceeding.Court)),
            new(Words("Proceeding"), Words(JusticeWords.Proceeding(source.Proceeding.Kind))),
            new(Words("Hearing"), Words(JusticeWords.Event(source.Event.Kind))),
            new(Words("Date and time"), Redactor.DateTime(starts)),
            new(Words("Where"), DocumentParts.Where(source.Event.Courthouse, source.Event.Room, source.Event.Virtual, redactor)),
            new(Words("Prepared for"), Words(DocumentAudiences.Words(source.Audience))),
            new(Words("About"), Join("; ", people.Select(redactor.Name))),
            new(Words("Prepared by"), redactor.Record(DocumentField.StaffName, source.PreparedBy)),
            new(Words("Date prepared"), Date(source.PreparedOn)),
        };
        return [new KeyValues(rows), new Paragraph(Words("This summary holds only what the people it is about have agreed to share and what the agency's court-documents policy allows. It contains nothing about the events or the evidence."))];
    }

    private static List<Block> Roles(CourtDocumentSource source, Redactor redactor, FamilyMember person)
    {
        var blocks = new List<Block>();
        var attendance = source.Event.Attendances.OrderBy(a => a.Id).FirstOrDefault(a => a.FamilyMemberId == person.Id);
        blocks.Add(new Paragraph(attendance is null
            ? Words("{0} is not listed as attending this hearing.", redactor.Name(person))
            : Words("{0}: {1} at this hearing. {2}", redactor.Name(person), Words(JusticeWords.Role(attendance.Role)), DocumentParts.Victim(person))));
        foreach (var choice in source.Event.Accommodations.Where(a => a.Kind == AccommodationKind.SupportPerson && a.SupportPersonMemberId == person.Id).OrderBy(a => a.Id))
        {
            var witness = source.Member(choice.FamilyMemberId);
            blocks.Add(new Paragraph(Words("Proposed as support person for {0} (s. 486.1).", redactor.Name(witness))));
            if (source.WitnessesInProceeding.Contains(person.Id))
            {
                blocks.Add(new Notice(Words(SupportPersonRule.Warning(redactor.Name(person).Value, redactor.Name(witness).Value))));
            }
        }
        return blocks;
    }

    private static List<Block> Accommodations(CourtDocumentSource source, Redactor redactor, FamilyMember person)
    {
        var rows = source.Event.Accommodations
            .Where(a => a.FamilyMemberId == person.Id)
            .OrderBy(a => a.Kind).ThenBy(a => a.Id)
            .Select(a => (IReadOnlyList<SafeText>)
            [
                a.Kind == AccommodationKind.SupportPerson && a.SupportPersonMemberId is { } supporter
                    ? Words("{0}: {1}", Words(JusticeWords.Accommodation(a.Kind)), redactor.Name(source.Member(supporter)))
                    : Words(JusticeWords.Accommodation(a.Kind)),
                Words(JusticeWords.AccommodationStatus(a.Status)),
                a.RequestedOn is { } asked ? Date(asked) : Words("—"),
                a.StatusOn is { } decided && a.Status != AccommodationStatus.Requested ? Date(decided) : Words("—"),
            ])
            .ToList();
        return rows.Count == 0 ? [] : [new Table([Words("Aid"), Words("Status"), Words("Requested"), Words("Decided")], [0.46, 0.16, 0.19, 0.19], rows)];
    }

    private static List<Block> Orders(CourtDocumentSource source, Redactor redactor)
    {
        var blocks = new List<Block>();
        foreach (var ban in source.Proceeding.PublicationBans.OrderBy(b => b.MadeOn).ThenBy(b => b.Id))
        {
            blocks.Add(new KeyValues(
            [
                new(Words("Publication ban"), redactor.Record(DocumentField.CourtOrderWording, ban.Section)),
                new(Words("Made"), ban.MadeOn is { } made ? Date(made) : Words("Date not recorded")),
                new(Words("Scope"), ban.Scope is { } scope ? redactor.Record(DocumentField.CourtOrderWording, scope) : Words("As worded in the order")),
                new(Words("Protects"), ban.Protects is { } protects ? redactor.Record(DocumentField.CourtOrderWording, protects) : Words("As worded in the order")),
            ]));
        }
        foreach (var condition in source.Proceeding.Conditions.Where(c => c.InForceOn(source.PreparedOn)).OrderBy(c => c.MadeOn).ThenBy(c => c.Id))
        {
            blocks.Add(new KeyValues(
            [
                new(Words(JusticeWords.Condition(condition.Kind)), condition.Wording is { } wording ? redactor.Record(DocumentField.CourtOrderWording, wording) : Words("As worded in the order")),
                new(Words("Made"), condition.MadeOn is { } made ? Date(made) : Words("Date not recorded")),
                new(Words("Until"), condition.EndsOn is { } ends ? Date(ends) : Words("No end date in the order")),
                new(Words("Protects"), condition.Protects is { } protects ? redactor.Record(DocumentField.CourtOrderWording, protects) : Words("As worded in the order")),
            ]));
        }
        foreach (var order in source.OtherOrders.OrderBy(o => o.OpenedOn).ThenBy(o => o.Id))
        {
            blocks.Add(new KeyValues(
            [
                new(Words(JusticeWords.Proceeding(order.Kind)), redactor.Record(DocumentField.CourtDetails, order.Court)),
                new(Words("Court file number"), order.CourtFileNumber is { } file ? redactor.Record(DocumentField.CourtDetails, file) : Words("Not recorded")),
                new(Words("Since"), Date(order.OpenedOn)),
            ]));
        }
        return blocks;
    }

    private static List<Block> Statement(CourtDocumentSource source, FamilyMember person)
    {
        var statement = source.Statements.Where(s => s.FamilyMemberId == person.Id).OrderByDescending(s => s.StatusOn).ThenByDescending(s => s.Id).FirstOrDefault();
        return statement is null ? [] :
        [
            new KeyValues(
            [
                new(Words("Status"), Words(JusticeWords.Statement(statement.Status))),
                new(Words("Format"), statement.Format is { } format ? Words(JusticeWords.Format(format)) : Words("Not decided")),
                new(Words("Since"), Date(statement.StatusOn)),
            ]),
        ];
    }

    private static List<Block> Supports(CourtDocumentSource source, Redactor redactor, FamilyMember person)
    {
        var blocks = new List<Block>();
        var facts = new List<KeyValue>();
        if (person.RegisteredWithVictimServices is { } registered)
        {
            facts.Add(new(Words("Victim services"), Words(registered ? "Registered" : "Not registered")));
        }
        if (!string.IsNullOrWhiteSpace(source.Proceeding.VictimWitnessContact))
        {
            facts.Add(new(Words("Victim/witness contact"), redactor.Record(DocumentField.CourtDetails, source.Proceeding.VictimWitnessContact)));
        }
        if (facts.Count > 0)
        {
            blocks.Add(new KeyValues(facts));
        }
        var referrals = source.Referrals.Where(r => r.MemberId == person.Id).OrderBy(r => r.Since).ThenBy(r => r.Service, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<SafeText>)[Service(redactor, r), Words(PlanWords.Referral(r.Status)), Date(r.Since)])
            .ToList();
        if (referrals.Count > 0)
        {
            blocks.Add(new Table([Words("Service"), Words("Where it stands"), Words("Since")], [0.5, 0.3, 0.2], referrals));
        }
        var applications = source.Applications.Where(a => a.FamilyMemberId == person.Id).OrderBy(a => a.DueOn ?? DateOnly.MaxValue).ThenBy(a => a.Kind).ThenBy(a => a.Id)
            .Select(a => (IReadOnlyList<SafeText>)[Words(JusticeWords.Application(a.Kind)), Words(JusticeWords.ApplicationState(a.Status)), a.DueOn is { } due && a.IsPending ? Date(due) : Words("—")])
            .ToList();
        if (applications.Count > 0)
        {
            blocks.Add(new Table([Words("Application"), Words("Status"), Words("Deadline")], [0.5, 0.3, 0.2], applications));
        }
        return blocks;
    }

    /// <summary>A directory program by name; a counselling or health service, or one outside the directory, by its kind only.</summary>
    private static SafeText Service(Redactor redactor, ReferralLine referral)
    {
        var kind = Words(DirectoryWords.Kind(referral.Kind));
        var clinical = referral.Kind is ServiceKind.Counselling or ServiceKind.HealthAndSleep;
        return referral.Outside && !redactor.Prints(DocumentField.OutsideServiceName) ? Words("{0} (a service outside the directory)", kind)
            : clinical && !redactor.Prints(DocumentField.ClinicalServiceName) ? Words("{0} service", kind)
            : redactor.Record(DocumentField.ServiceName, referral.Service);
    }

    private static (IReadOnlyList<Block>, LeftOutReason?) Needs(CourtDocumentSource source, FamilyMember person)
    {
        if (NeedsConsent.Check(person.Consents, source.PreparedOn) is { } reason)
        {
            return ([], reason);
        }
        if (!source.CheckIns.TryGetValue(person.Id, out var ratings))
        {
            return ([], LeftOutReason.NoData);
        }
        var (strengths, needs) = CourtNeeds.Summarise(ratings);
        var blocks = new List<Block>();
        if (strengths.Count > 0)
        {
            blocks.Add(new Paragraph(Words("Strengths"), Strong: true));
            blocks.Add(new BulletList(strengths.Select(s => Words(s)).ToList()));
        }
        if (needs.Count > 0)
        {
            blocks.Add(new Paragraph(Words("What would help"), Strong: true));
            blocks.Add(new BulletList(needs.Select(n => Words(n)).ToList()));
        }
        return (blocks, null);
    }

    private static List<Block> Upcoming(CourtDocumentSource source, Redactor redactor)
    {
        var rows = source.UpcomingDates.OrderBy(d => d.StartsAtUtc)
            .Select(d => (IReadOnlyList<SafeText>)
            [
                Redactor.DateTime(source.Local(d.StartsAtUtc)),
                Words(JusticeWords.Event(d.Kind)),
                DocumentParts.Where(d.Courthouse, d.Room, false, redactor),
                Join("; ", d.Attending.Where(a => source.People.Any(p => p.Id == a.MemberId)).Select(a => a.AccompaniedBy is { } staff
                    ? Words("{0}, with {1}", redactor.Name(source.Member(a.MemberId)), redactor.Record(DocumentField.StaffName, staff))
                    : Words("{0}, nobody from the agency yet", redactor.Name(source.Member(a.MemberId))))),
            ])
            .ToList();
        return rows.Count == 0 ? [] : [new Table([Words("When"), Words("Hearing"), Words("Where"), Words("Who attends")], [0.27, 0.18, 0.25, 0.30], rows)];
    }

    private static List<Block> Attestation(CourtDocumentSource source, Redactor redactor) =>
    [
        new Paragraph(Words("I prepared this summary from {0}'s records on {1}. To the best of my knowledge it is accurate and complete for its purpose.",
            redactor.Record(DocumentField.CourtDetails, source.Agency.Name), Date(source.PreparedOn))),
        new KeyValues([new(Words("Name"), redactor.Record(DocumentField.StaffName, source.PreparedBy))]),
        new SignatureLines([Words("Signature"), Words("Date")]),
    ];
}
