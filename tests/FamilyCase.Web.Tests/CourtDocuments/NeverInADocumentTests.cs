using FamilyCase.Data.Auditing;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Notes;
using FamilyCase.Testing;
using FamilyCase.Web.Features.CourtDocuments;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.CourtDocuments;

/// <summary>
/// Every kind of record a document must never carry, each written with a marker word into the demo family's file, and every
/// document the app can make read back: the markers never appear, while the consented needs do.
/// </summary>
public sealed class NeverInADocumentTests : IAsyncLifetime, IDisposable
{
    private const string Marker = "Qzx";
    private readonly FamilyCaseAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData(DocumentAudience.CrownVictimWitness)]
    [InlineData(DocumentAudience.Court)]
    [InlineData(DocumentAudience.Family)]
    public async Task Notes_own_words_screening_results_safe_contact_and_typed_outcomes_never_reach_a_document(DocumentAudience audience)
    {
        var dana = await _app.StaffAsync(DemoPeople.Supervisor);
        var (familyId, simone) = await _app.PersonAsync("FC-2025-00091", "Simone");
        int eventId;
        await using (var db = _app.CreateDb())
        {
            db.Actor = AuditActor.System;
            var prelim = await db.CourtEvents.Include(e => e.Accommodations).SingleAsync(e => e.FamilyId == familyId && e.Kind == CourtEventKind.PreliminaryInquiry);
            eventId = prelim.Id;
            prelim.Outcome = $"{Marker} outcome of the hearing";
            prelim.Accommodations.Add(new Accommodation { FamilyId = familyId, FamilyMemberId = simone, Kind = AccommodationKind.Breaks, Status = AccommodationStatus.Requested, Note = $"{Marker} aid note" });
            var member = await db.FamilyMembers.SingleAsync(m => m.Id == simone);
            member.SafeContact.Address = $"{Marker} Crescent";
            member.SafeContact.CodeWord = $"{Marker}codeword";
            member.SafetyNotes = $"{Marker} safety note";
            member.CulturalSupports = $"{Marker} cultural note";
            db.ContactNotes.Add(new ContactNote { FamilyId = familyId, Kind = ContactKind.Phone, OccurredAtUtc = DateTime.UtcNow.AddDays(-1), Text = $"{Marker} ordinary note", AuthorStaffId = dana.StaffId, CreatedAtUtc = DateTime.UtcNow });
            db.ContactNotes.Add(new ContactNote { FamilyId = familyId, Kind = ContactKind.Phone, OccurredAtUtc = DateTime.UtcNow.AddDays(-1), Text = $"{Marker} confidential note", Confidential = true, AuthorStaffId = dana.StaffId, CreatedAtUtc = DateTime.UtcNow });
            var checkIn = Completed(familyId, simone, dana.StaffId, FamilyNeedsCheckIn.Code);
            checkIn.Answers.Add(Answer(familyId, "checkin.wellbeing", 2));
            checkIn.Answers.Add(Answer(familyId, "checkin.safety", 3));
            checkIn.Answers.Add(new AssessmentAnswer { FamilyId = familyId, ItemKey = FamilyNeedsCheckIn.StrengthsKey("checkin.wellbeing"), Text = $"{Marker} strengths in her words" });
            checkIn.Answers.Add(new AssessmentAnswer { FamilyId = familyId, ItemKey = FamilyNeedsCheckIn.OwnWordsKey("checkin.wellbeing"), Text = $"{Marker} own words" });
            db.Assessments.Add(checkIn);
            var phq9 = Completed(familyId, simone, dana.StaffId, Phq9.Code);
            phq9.Total = 19;
            phq9.Band = "Moderately severe";
            phq9.Answers.Add(Answer(familyId, Phq9.CriticalItem, 2));
            db.Assessments.Add(phq9);
            var referral = await db.Referrals.FirstAsync(r => r.FamilyId == familyId && r.FamilyMemberId == simone);
            referral.Outcome = $"{Marker} referral outcome";
            await db.SaveChangesAsync();
        }

        var outcome = await _app.RunAsync<CourtDocumentCommands, DocumentOutcome>(c =>
            c.GenerateAsync(dana, new CourtDocumentRequest(eventId, [simone], audience), null, CancellationToken.None));

        var text = PdfText.Read(outcome.File!.Content);
        Assert.DoesNotContain(Marker, text.All, StringComparison.OrdinalIgnoreCase);
        foreach (var never in new[] { "Moderately severe", "Safety", "codeword" })
        {
            Assert.DoesNotContain(never, text.Flat, StringComparison.Ordinal);
        }

        if (audience != DocumentAudience.Family)
        {
            Assert.Contains("may need breaks and a quiet place to wait on court days", text.Flat, StringComparison.Ordinal);
        }
    }

    private static Assessment Completed(int familyId, int memberId, int staffId, string instrument) => new()
    {
        FamilyId = familyId, FamilyMemberId = memberId, InstrumentCode = instrument, InstrumentVersion = "1.0", AdministeredByStaffId = staffId,
        Status = AssessmentStatus.Completed, IsComplete = true, StartedAtUtc = DateTime.UtcNow.AddDays(-2), CompletedAtUtc = DateTime.UtcNow.AddDays(-2),
        CreatedAtUtc = DateTime.UtcNow.AddDays(-2), UpdatedAtUtc = DateTime.UtcNow.AddDays(-2),
    };

    private static AssessmentAnswer Answer(int familyId, string item, int value) => new()
    {
        FamilyId = familyId, ItemKey = item, Kind = AnswerKind.Answered, Value = value, AnsweredAtUtc = DateTime.UtcNow.AddDays(-2),
    };
}
