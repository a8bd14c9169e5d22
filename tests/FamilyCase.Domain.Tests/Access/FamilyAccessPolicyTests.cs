using FamilyCase.Domain.Access;
using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Tests.Access;

public sealed class FamilyAccessPolicyTests
{
    public enum RecordKind
    {
        Family,
        Member,
        Note,
        Consent,
        Assignment,
        Proceeding,
        CourtEvent,
        PoliceContact,
        Goal,
        Referral,
        GeneratedDocument,
        ReferralForCourtDocument,
        CheckInForCourtDocument,
    }

    // Which families each person may see in the test agency.
    private static readonly Dictionary<string, (StaffScope Scope, int[] Families)> People = new()
    {
        ["caseworker"] = (TestAgency.Caseworker, [1, 3, 5]),
        ["supervisor"] = (TestAgency.Supervisor, [1, 2, 3, 6]),
        ["court support"] = (TestAgency.CourtSupport, [1, 2]),
        ["administrator"] = (TestAgency.Administrator, []),
    };

    public static TheoryData<string, RecordKind> EveryRoleAndRecordKind()
    {
        var data = new TheoryData<string, RecordKind>();
        foreach (var person in People.Keys)
        {
            foreach (var kind in Enum.GetValues<RecordKind>())
            {
                data.Add(person, kind);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRoleAndRecordKind))]
    public void Each_role_sees_exactly_the_records_of_its_own_families(string person, RecordKind kind)
    {
        var agency = new TestAgency();
        var (scope, families) = People[person];

        var visible = Visible(agency, scope, kind);
        var expected = Expected(agency, scope, families, kind);

        Assert.Equal(expected.Order(), visible.Order());
    }

    [Fact]
    public void Court_support_never_sees_a_confidential_note_even_in_their_own_family()
    {
        var agency = new TestAgency();

        var notes = agency.Query.NotesVisibleTo(TestAgency.CourtSupport, TestAgency.Now).ToList();

        Assert.NotEmpty(notes);
        Assert.DoesNotContain(notes, n => n.Confidential);
    }

    [Fact]
    public void Emergency_access_ends_after_four_hours()
    {
        var agency = new TestAgency();
        var fourHoursLater = TestAgency.Now.AddHours(3).AddMinutes(1);

        Assert.Contains(5, agency.Query.VisibleTo(TestAgency.Caseworker, TestAgency.Now).Select(f => f.Id));
        Assert.DoesNotContain(5, agency.Query.VisibleTo(TestAgency.Caseworker, fourHoursLater).Select(f => f.Id));
    }

    [Fact]
    public void Court_support_sees_their_team_s_families_only_while_a_proceeding_is_open()
    {
        var agency = new TestAgency();
        var before = agency.Query.VisibleTo(TestAgency.CourtSupport, TestAgency.Now).Select(f => f.Id).ToList();
        agency.Families.Single(f => f.Id == 2).Proceedings[0].Status = ProceedingStatus.Concluded;
        var after = agency.Query.VisibleTo(TestAgency.CourtSupport, TestAgency.Now).Select(f => f.Id).ToList();

        Assert.Equal([1, 2], before.Order());
        Assert.Equal([1], after);
    }

    [Fact]
    public void Court_support_with_no_team_sees_only_the_families_assigned_to_them() =>
        Assert.Equal([1], new TestAgency().Query.VisibleTo(TestAgency.CourtSupport with { TeamId = null }, TestAgency.Now).Select(f => f.Id));

    [Fact]
    public void A_supervisor_with_no_team_sees_nothing()
    {
        var agency = new TestAgency();

        Assert.Empty(agency.Query.VisibleTo(new StaffScope(50, StaffRole.Supervisor, null), TestAgency.Now));
    }

    [Theory]
    [InlineData(StaffRole.Caseworker, true, true)]
    [InlineData(StaffRole.Supervisor, true, true)]
    [InlineData(StaffRole.CourtSupport, false, false)]
    [InlineData(StaffRole.Administrator, false, false)]
    public void Only_caseworkers_and_supervisors_edit_and_read_confidential_notes(StaffRole role, bool edits, bool readsConfidential)
    {
        Assert.Equal(edits, FamilyAccessPolicy.MayEdit(role));
        Assert.Equal(readsConfidential, FamilyAccessPolicy.SeesConfidentialNotes(role));
    }

    private static IEnumerable<int> Visible(TestAgency agency, StaffScope scope, RecordKind kind) => kind switch
    {
        RecordKind.Family => agency.Query.VisibleTo(scope, TestAgency.Now).Select(f => f.Id),
        RecordKind.Member => agency.Query.MembersVisibleTo(scope, TestAgency.Now).Select(m => m.Id),
        RecordKind.Note => agency.Query.NotesVisibleTo(scope, TestAgency.Now).Select(n => n.Id),
        RecordKind.Consent => agency.Query.ConsentsVisibleTo(scope, TestAgency.Now).Select(c => c.Id),
        RecordKind.Proceeding => agency.Query.ProceedingsVisibleTo(scope, TestAgency.Now).Select(p => p.Id),
        RecordKind.CourtEvent => agency.Query.CourtEventsVisibleTo(scope, TestAgency.Now).Select(e => e.Id),
        RecordKind.PoliceContact => agency.Query.PoliceContactsVisibleTo(scope, TestAgency.Now).Select(p => p.Id),
        RecordKind.Goal => agency.Query.GoalsVisibleTo(scope, TestAgency.Now).Select(g => g.Id),
        RecordKind.Referral => agency.Query.ReferralsVisibleTo(scope, TestAgency.Now).Select(r => r.Id),
        RecordKind.GeneratedDocument => agency.Query.GeneratedDocumentsVisibleTo(scope, TestAgency.Now).Select(d => d.Id),
        RecordKind.ReferralForCourtDocument => agency.Query.ReferralsForCourtDocuments(scope, TestAgency.Now).Select(r => r.Id),
        RecordKind.CheckInForCourtDocument => agency.Query.CheckInsForCourtDocuments(scope, TestAgency.Now).Select(a => a.Id),
        _ => agency.Query.AssignmentsVisibleTo(scope, TestAgency.Now).Select(a => a.Id),
    };

    private static IEnumerable<int> Expected(TestAgency agency, StaffScope scope, int[] familyIds, RecordKind kind)
    {
        var families = agency.Families.Where(f => familyIds.Contains(f.Id)).ToList();
        return kind switch
        {
            RecordKind.Family => families.Select(f => f.Id),
            RecordKind.Member => families.SelectMany(f => f.Members).Select(m => m.Id),
            RecordKind.Note => families.SelectMany(f => f.Notes)
                .Where(n => !n.Confidential || scope.Role != StaffRole.CourtSupport).Select(n => n.Id),
            RecordKind.Consent => families.SelectMany(f => f.Members).SelectMany(m => m.Consents).Select(c => c.Id),
            RecordKind.Proceeding => families.SelectMany(f => f.Proceedings).Select(p => p.Id),
            RecordKind.CourtEvent => families.SelectMany(f => f.CourtEvents).Select(e => e.Id),
            RecordKind.PoliceContact => families.SelectMany(f => f.PoliceContacts).Select(p => p.Id),

            // Plans are case content for workers and supervisors only: court support reads none, even in their own families.
            RecordKind.Goal => scope.Role == StaffRole.CourtSupport ? [] : families.SelectMany(f => f.Goals).Select(g => g.Id),
            RecordKind.Referral => scope.Role == StaffRole.CourtSupport ? [] : families.SelectMany(f => f.Referrals).Select(r => r.Id),

            // Court documents: everyone who sees the family (court support included) reads what a document is made of, and only
            // finished check-ins, never a screening instrument or a draft.
            RecordKind.GeneratedDocument => families.SelectMany(f => f.GeneratedDocuments).Select(d => d.Id),
            RecordKind.ReferralForCourtDocument => families.SelectMany(f => f.Referrals).Select(r => r.Id),
            RecordKind.CheckInForCourtDocument => families.SelectMany(f => f.Assessments).Where(a => a.InstrumentCode == FamilyNeedsCheckIn.Code && a.Status != AssessmentStatus.Draft).Select(a => a.Id),
            _ => families.SelectMany(f => f.Assignments).Select(a => a.Id),
        };
    }
}
