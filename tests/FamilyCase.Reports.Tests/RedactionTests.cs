using FamilyCase.Domain.Directory;
using FamilyCase.Domain.Documents;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Justice;
using FamilyCase.Domain.Plans;
using FamilyCase.Reports.Composition;

namespace FamilyCase.Reports.Tests;

/// <summary>Each rule of the redaction policy, checked in the text, bookmarks and properties PdfPig reads back from the file.</summary>
public class RedactionTests
{
    public static TheoryData<DocumentAudience, bool, bool> EveryCase()
    {
        var data = new TheoryData<DocumentAudience, bool, bool>();
        foreach (var audience in Render.Audiences)
        {
            foreach (var ban in new[] { false, true })
            {
                foreach (var childProtection in new[] { false, true })
                {
                    data.Add(audience, ban, childProtection);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void No_minor_full_name_date_of_birth_address_or_contact_detail_appears_anywhere(DocumentAudience audience, bool ban, bool childProtection)
    {
        var sample = Adversarial(ban, childProtection);

        var text = Render.Text(sample, audience).Flat;

        foreach (var minor in new[] { sample.Child, sample.Sister })
        {
            foreach (var spelling in new[] { "Zoë O'Neil-Tremblay", "Zoe O'Neil-Tremblay", "Zoe O’Neil Tremblay", "Hope O'Neil-Tremblay", "O'Neil-Tremblay, Hope" })
            {
                Assert.DoesNotContain(spelling, text, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain(minor.DateOfBirth!.Value.ToString("yyyy-MM-dd"), text, StringComparison.Ordinal);
            Assert.DoesNotContain("14 March 2011", text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Zoë", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maple Crescent", text, StringComparison.Ordinal);
        Assert.DoesNotContain("705-555-0188", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(EveryCase))]
    public void The_identified_child_appears_by_initials_where_a_record_names_them(DocumentAudience audience, bool ban, bool childProtection)
    {
        var sample = Adversarial(ban, childProtection);
        sample.Proceeding.VictimWitnessContact = "V/WAP Sudbury, about Zoë O'Neil-Tremblay";

        var text = Render.Text(sample, audience).Flat;

        Assert.Contains("about Z.O.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_ban_a_sibling_appears_by_first_name_and_the_parent_by_full_name()
    {
        var sample = new SampleCourtCase();

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("Hope: Witness at this hearing", text, StringComparison.Ordinal);
        Assert.Contains("Mélanie O'Neil-Tremblay: Witness at this hearing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hope O'Neil-Tremblay", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void With_a_ban_every_minor_appears_by_initials()
    {
        var sample = new SampleCourtCase();
        sample.Ban();

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("H.O.: Witness at this hearing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hope", text, StringComparison.Ordinal);
        Assert.Contains("Any information that could identify Z.O. or H.O.", text, StringComparison.Ordinal);
        Assert.Contains("A publication ban is in force", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minor_whose_first_name_is_a_common_word_leaves_the_word_alone_in_the_template()
    {
        var sample = new SampleCourtCase();
        sample.Sister.FirstName = "Will";
        sample.Ban("Any information that could identify Will O'Neil-Tremblay");

        var sheet = Render.Text(sample, DocumentAudience.Family).Flat;
        var summary = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("we will tell you what the court decides", sheet, StringComparison.Ordinal);
        Assert.Contains("could identify W.O.", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Will O", sheet + summary, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void In_a_child_protection_matter_adults_appear_by_relationship_and_initials_and_the_surname_never()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.Kind = ProceedingKind.ChildProtection;
        sample.Proceeding.VictimWitnessContact = "Worker for the O'Neil-Tremblay family, Gérard Tremblay's line";

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("Parent (M.O.): Witness at this hearing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mélanie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("O'Neil", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Tremblay", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void File_properties_and_bookmarks_carry_no_personal_name()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.CourtFileNumber = null;

        var (_, text) = Render.Read(sample.Source() with { Agency = new AgencyDetails("Mélanie O'Neil-Tremblay Family Fund", null) });

        foreach (var name in sample.Family.Members.SelectMany(m => new[] { m.FirstName, m.LastName }))
        {
            Assert.DoesNotContain(name, text.Properties, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(name, string.Join("\n", text.Bookmarks), StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Court-support summary", text.Properties, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_outcomes_scores_and_sensitive_check_in_areas_never_print()
    {
        var sample = new SampleCourtCase();
        SampleCourtCase.ConsentToShareNeeds(sample.Mother);
        sample.CheckIns[sample.Mother.Id] = new Dictionary<string, int?> { ["checkin.safety"] = 3, ["checkin.blame"] = 3, ["checkin.children"] = 3, ["checkin.health"] = 2, ["checkin.justice"] = 3 };
        sample.Statements.Add(new VictimImpactStatement { FamilyMemberId = sample.Mother.Id, Status = StatementStatus.Drafting, StatusOn = new DateOnly(2026, 12, 1), Note = "She describes what Zoë told her in March" });
        sample.Applications.Add(new JusticeApplication { FamilyMemberId = sample.Mother.Id, Kind = ApplicationKind.VqrpCounselling, Status = ApplicationStatus.InProgress, StatusOn = new DateOnly(2026, 12, 1), DueOn = new DateOnly(2027, 2, 1), Outcome = "Hope's counsellor says" });

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("would like each step of the court process explained", text, StringComparison.Ordinal);
        foreach (var never in new[] { "Safety", "safe", "blame", "shame", "other children", "sleep", "health", "urgent", "rated", "scared at the prelim", "what Zoë told", "counsellor says" })
        {
            Assert.DoesNotContain(never, text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("VQRP+ counselling In progress 1 February 2027", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_member_the_document_is_not_for_is_left_out_unless_they_attend_with_the_person()
    {
        var sample = new SampleCourtCase();
        sample.Referrals.Add(new ReferralLine(sample.Grandfather.Id, "Grandparents Circle", ServiceKind.ParentPeerSupport, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.DoesNotContain("Gérard", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Grandparents Circle", text, StringComparison.Ordinal);
        Assert.Contains("Support person (s. 486.1): Mélanie O'Neil-Tremblay", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_identified_child_gets_no_document_of_their_own()
    {
        var sample = new SampleCourtCase();

        var (document, text) = Render.Read(sample.Source(DocumentAudience.Court, sample.Child, sample.Mother));

        Assert.DoesNotContain(document.Sections, s => s.MemberId == sample.Child.Id);
        Assert.Contains("About Mélanie O'Neil-Tremblay Prepared by", text.Flat, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_of_value_has_a_rule_and_the_strictest_rule_wins()
    {
        foreach (var field in Enum.GetValues<DocumentField>())
        {
            Assert.Contains(RedactionRules.Table, r => r.Field == field && r.When == RedactionCondition.Always);
        }
        Assert.Equal(Treatment.FirstNameOnly, RedactionRules.TreatmentOf(DocumentField.MinorName, publicationBan: false, childProtection: false));
        Assert.Equal(Treatment.Initials, RedactionRules.TreatmentOf(DocumentField.MinorName, publicationBan: true, childProtection: false));
        Assert.Equal(Treatment.RelationshipAndInitials, RedactionRules.TreatmentOf(DocumentField.AdultName, publicationBan: true, childProtection: true));
        Assert.Equal(Treatment.Initials, RedactionRules.TreatmentOf(DocumentField.IdentifiedChildName, publicationBan: false, childProtection: false));
    }

    [Theory]
    [InlineData("the complainant ZOË O'NEIL-TREMBLAY")]
    [InlineData("the complainant zoe oneil tremblay")]
    [InlineData("the complainant Zoë Marie O‑Neil‑Tremblay")]
    [InlineData("the complainant Zo​ë OʼNeil-Tremblay")]
    [InlineData("O'NEIL-TREMBLAY, ZOE")]
    public void A_protected_name_is_found_however_it_was_typed(string typed)
    {
        var sample = new SampleCourtCase();
        sample.Ban(scope: typed);

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.DoesNotContain("zo", text.Replace("Zone", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("neil", text.Replace("Mélanie O'Neil-Tremblay", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("born 14/03/2011")]
    [InlineData("born 14/3/2011")]
    [InlineData("born Mar 14, 2011")]
    [InlineData("born 14 mars 2011")]
    [InlineData("born 2011-03-14")]
    public void A_minor_s_date_of_birth_is_withheld_in_any_common_form(string typed)
    {
        var sample = new SampleCourtCase();
        sample.Ban(protects: typed);

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("born [date withheld]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2011", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phone_number_typed_with_other_punctuation_is_withheld()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.VictimWitnessContact = "Call the mother at (705) 555 0188";

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("Call the mother at [withheld]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_child_protection_matter_the_relationship_is_a_set_word_not_the_words_typed()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.Kind = ProceedingKind.ChildProtection;
        sample.Mother.Relationship = "Zoë's mother";

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("Parent (M.O.)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_youth_justice_matter_is_treated_as_a_publication_ban()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.Kind = ProceedingKind.YouthCriminalJustice;

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness);

        Assert.Contains("H.O.: Witness at this hearing", text.Flat, StringComparison.Ordinal);
        Assert.All(text.Pages, page => Assert.Contains("A publication ban is in force", page, StringComparison.Ordinal));
    }

    [Fact]
    public void Counselling_providers_and_services_outside_the_directory_are_shown_by_their_kind_only()
    {
        var sample = new SampleCourtCase();
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Trauma Therapy Clinic (Sudbury Health)", ServiceKind.Counselling, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Dr Patel's PTSD assessment", ServiceKind.Other, true, ReferralStatus.Pending, new DateOnly(2026, 10, 1)));
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Parents Together (Family Centre)", ServiceKind.ParentPeerSupport, false, ReferralStatus.Waitlisted, new DateOnly(2026, 11, 1)));

        var text = Render.Text(sample, DocumentAudience.CrownVictimWitness).Flat;

        Assert.Contains("Counselling service Receiving the service", text, StringComparison.Ordinal);
        Assert.Contains("Other (a service outside the directory)", text, StringComparison.Ordinal);
        Assert.Contains("Parents Together (Family Centre)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Trauma Therapy", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PTSD", text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_child_protection_matter_every_minor_appears_by_initials_even_without_a_ban()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.Kind = ProceedingKind.ChildProtection;

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("H.O.: Witness at this hearing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hope", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_to_meet_is_printed_for_the_family_as_written_with_protected_names_taken_out()
    {
        var sample = new SampleCourtCase();
        sample.Event.MeetingPoint = "Renée will meet you at door 3 with Hope O'Neil-Tremblay's aunt, at 9:00.";

        var text = Render.Text(sample, DocumentAudience.Family).Flat;

        Assert.Contains("Where to meet: Renée will meet you at door 3 with Hope's aunt, at 9:00.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Conditions_in_force_are_printed_in_the_order_s_words_and_ended_ones_are_not()
    {
        var sample = new SampleCourtCase();
        sample.Proceeding.Conditions.Add(new CourtCondition { Id = 1, Kind = ConditionKind.NoContact, MadeOn = new DateOnly(2026, 6, 1), Wording = "Not to contact Mélanie O'Neil-Tremblay or Hope O'Neil-Tremblay", Protects = "The complainant's family" });
        sample.Proceeding.Conditions.Add(new CourtCondition { Id = 2, Kind = ConditionKind.StayAway, MadeOn = new DateOnly(2026, 6, 1), EndsOn = new DateOnly(2026, 12, 31), Wording = "Not to attend 12 Maple Crescent, Sudbury" });

        var text = Render.Text(sample, DocumentAudience.Court).Flat;

        Assert.Contains("No-contact condition Not to contact Mélanie O. or Hope Made 1 June 2026 Until No end date in the order Protects The complainant's family", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Stay-away", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maple", text, StringComparison.Ordinal);
    }

    private static SampleCourtCase Adversarial(bool ban, bool childProtection)
    {
        var sample = new SampleCourtCase();
        if (ban)
        {
            sample.Ban();
        }
        if (childProtection)
        {
            sample.Proceeding.Kind = ProceedingKind.ChildProtection;
        }
        sample.Proceeding.VictimWitnessContact = "V/WAP, re: Zoe O’Neil Tremblay (2011-03-14) and O'Neil-Tremblay, Hope; 12 Maple Crescent, Sudbury; 705-555-0188";
        sample.Referrals.Add(new ReferralLine(sample.Mother.Id, "Sibling group for Hope O'Neil-Tremblay", ServiceKind.ParentPeerSupport, false, ReferralStatus.Active, new DateOnly(2026, 9, 1)));
        return sample;
    }
}
