using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Reports.Model;
using static FamilyCase.Domain.Documents.Redactor;

namespace FamilyCase.Reports.Composition;

/// <summary>
/// The family's own court-day sheet, in plain and warm words: when and where, who will meet them, what usually happens at
/// this kind of hearing, what has been arranged and who to call. It never says anything about the evidence.
/// </summary>
public static class FamilySheetComposer
{
    public static ComposedDocument Compose(CourtDocumentSource source)
    {
        var redactor = new Redactor(source.Redaction);
        var people = source.People;
        var writer = new SectionWriter();
        var starts = source.Local(source.Event.StartsAtUtc);

        writer.Title(Words(DocumentAudiences.Title(DocumentKind.FamilyCourtDaySheet)),
        [
            new Paragraph(Words("For {0}. This sheet tells you what to expect on {1}. You do not have to remember it all: the people named here are there to help.",
                Join(" and ", people.Select(redactor.Name)), Date(DateOnly.FromDateTime(starts)))),
        ]);
        writer.Family(DocumentSection.WhenAndWhere, WhenAndWhere(source, redactor, starts));
        writer.PerMember(DocumentSection.WhoMeetsYou, people, redactor, false, p => (WhoMeets(source, redactor, p), null));
        writer.Family(DocumentSection.WhatHappens, [new Paragraph(Words(HearingWords.WhatUsuallyHappens(source.Event.Kind))),
            new Paragraph(Words("You can ask for a break at any time. If something feels wrong or you need to leave, tell the person with you."))]);
        writer.PerMember(DocumentSection.Arrangements, people, redactor, false, p => (Arrangements(source, redactor, p), null));
        writer.Family(DocumentSection.WhoToCall, WhoToCall(source, redactor));

        return new ComposedDocument(DocumentKind.FamilyCourtDaySheet, DocumentParts.Model(source, redactor, DocumentKind.FamilyCourtDaySheet, writer.Sections), writer.Outcomes);
    }

    private static List<Block> WhenAndWhere(CourtDocumentSource source, Redactor redactor, DateTime starts)
    {
        var rows = new List<KeyValue>
        {
            new(Words("Day"), Date(DateOnly.FromDateTime(starts))),
            new(Words("Time"), Words("{0}. Please come 30 minutes early.", Time(starts))),
            new(Words("Place"), DocumentParts.Where(source.Event.Courthouse, source.Event.Room, source.Event.Virtual, redactor)),
        };
        if (source.Event.ExpectedMinutes is { } minutes)
        {
            rows.Add(new(Words("How long"), Words(minutes >= 240 ? "Most of the day, with breaks" : minutes >= 90 ? "A few hours, with breaks" : "About an hour or less")));
        }
        if (source.Event.Virtual)
        {
            rows.Add(new(Words("Online"), Words("We will send you the link and help you test it before the day.")));
        }
        return [new KeyValues(rows)];
    }

    private static List<Block> WhoMeets(CourtDocumentSource source, Redactor redactor, FamilyMember person)
    {
        var attendance = source.Event.Attendances.OrderBy(a => a.Id).FirstOrDefault(a => a.FamilyMemberId == person.Id);
        if (attendance is null)
        {
            return [];
        }
        var agency = redactor.Record(DocumentField.CourtDetails, source.Agency.Name);
        if (attendance.AccompaniedByStaffId is not { } id || !source.StaffNames.TryGetValue(id, out var staff))
        {
            return [new Paragraph(Words("Nobody from {0} is booked to go with {1} yet. Please call us if you would like someone with you.", agency, redactor.Name(person)))];
        }
        var meeting = redactor.Record(DocumentField.WrittenForTheDocument, source.Event.MeetingPoint);
        return
        [
            new Paragraph(Words("{0} from {1} will be with {2} on the day.", redactor.Record(DocumentField.StaffName, staff), agency, redactor.Name(person))),
            new Paragraph(meeting.IsEmpty ? Words("They will call you before the day to agree where to meet.") : Words("Where to meet: {0}", meeting)),
        ];
    }

    private static List<Block> Arrangements(CourtDocumentSource source, Redactor redactor, FamilyMember person)
    {
        var items = source.Event.Accommodations
            .Where(a => a.FamilyMemberId == person.Id && a.Status != AccommodationStatus.Withdrawn)
            .OrderBy(a => a.Kind).ThenBy(a => a.Id)
            .Select(a => Words("{0} {1}.", Words(JusticeWords.Accommodation(a.Kind)), Words(HearingWords.Arranged(a.Status))))
            .ToList();
        var attendance = source.Event.Attendances.OrderBy(a => a.Id).FirstOrDefault(a => a.FamilyMemberId == person.Id);
        if (attendance?.TransportArranged == true)
        {
            items.Add(Words("Transport to and from the courthouse has been arranged."));
        }
        if (attendance?.ChildcareArranged == true)
        {
            items.Add(Words("Childcare has been arranged."));
        }
        return items.Count == 0 ? [] : [new Paragraph(Words("For {0}:", redactor.Name(person))), new BulletList(items)];
    }

    private static List<Block> WhoToCall(CourtDocumentSource source, Redactor redactor)
    {
        var rows = new List<KeyValue>
        {
            new(redactor.Record(DocumentField.CourtDetails, source.Agency.Name), source.Agency.Phone is { } phone ? redactor.Record(DocumentField.CourtDetails, phone) : Words("Call your worker")),
        };
        if (!string.IsNullOrWhiteSpace(source.Proceeding.VictimWitnessContact))
        {
            rows.Add(new(Words("Victim/witness staff"), redactor.Record(DocumentField.CourtDetails, source.Proceeding.VictimWitnessContact)));
        }
        return [new KeyValues(rows), new Paragraph(Words("If you are in danger, call 911."))];
    }
}
