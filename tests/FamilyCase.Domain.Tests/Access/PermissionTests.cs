using FamilyCase.Domain.Access;
using FamilyCase.Domain.Families;
using FamilyCase.Domain.Staff;

namespace FamilyCase.Domain.Tests.Access;

/// <summary>Every role decision is one named permission of the policy; this table is what each role may do.</summary>
public sealed class PermissionTests
{
    [Theory]
    //           role                      case   edit   assign review audit  glass  conf.  assess safe   reasons admin  court day
    [InlineData(StaffRole.Caseworker,     true,  true,  false, false, false, true,  true,  true,  true,  true,  false, true)]
    [InlineData(StaffRole.Supervisor,     true,  true,  true,  true,  true,  false, true,  true,  true,  true,  false, true)]
    [InlineData(StaffRole.CourtSupport,   true,  false, false, false, false, false, false, false, false, false, false, true)]
    [InlineData(StaffRole.Administrator,  false, false, false, false, false, false, false, false, false, false, true,  false)]
    public void Each_role_has_exactly_its_permissions(StaffRole role, bool caseContent, bool edit, bool assign, bool review, bool auditTrail,
        bool breakGlass, bool confidential, bool assessments, bool safeContact, bool reasons, bool administer, bool courtDay)
    {
        Assert.Equal(courtDay, FamilyAccessPolicy.MayRecordCourtDay(role));
        Assert.Equal(caseContent, FamilyAccessPolicy.SeesCaseContent(role));
        Assert.Equal(edit, FamilyAccessPolicy.MayEdit(role));
        Assert.Equal(assign, FamilyAccessPolicy.MayAssign(role));
        Assert.Equal(review, FamilyAccessPolicy.MayReviewAssessments(role));
        Assert.Equal(auditTrail, FamilyAccessPolicy.MayReadAuditTrail(role));
        Assert.Equal(breakGlass, FamilyAccessPolicy.MayBreakGlass(role));
        Assert.Equal(confidential, FamilyAccessPolicy.SeesConfidentialNotes(role));
        Assert.Equal(assessments, FamilyAccessPolicy.SeesAssessments(role));
        Assert.Equal(safeContact, FamilyAccessPolicy.SeesSafeContact(role));
        Assert.Equal(reasons, FamilyAccessPolicy.SeesAssignmentReasons(role));
        Assert.Equal(administer, FamilyAccessPolicy.MayAdministerStaff(role));
    }

    [Theory]
    //           role                      plans  directory  with the setting
    [InlineData(StaffRole.Caseworker,     true,  false,     false)]
    [InlineData(StaffRole.Supervisor,     true,  false,     true)]
    [InlineData(StaffRole.CourtSupport,   false, false,     false)]
    [InlineData(StaffRole.Administrator,  false, true,      true)]
    public void Plans_are_for_workers_and_the_directory_for_administrators_and_supervisors_if_the_agency_allows(StaffRole role, bool plans, bool directory, bool directoryWhenAllowed)
    {
        Assert.Equal(plans, FamilyAccessPolicy.SeesPlans(role));
        Assert.Equal(directory, FamilyAccessPolicy.MayManageDirectory(role, supervisorsMayManage: false));
        Assert.Equal(directoryWhenAllowed, FamilyAccessPolicy.MayManageDirectory(role, supervisorsMayManage: true));
    }

    [Theory]
    [InlineData(StaffRole.Caseworker, true)]
    [InlineData(StaffRole.Supervisor, true)]
    [InlineData(StaffRole.CourtSupport, true)]
    [InlineData(StaffRole.Administrator, false)]
    public void Court_documents_are_made_by_those_who_work_with_the_family_and_never_by_administrators(StaffRole role, bool generates) =>
        Assert.Equal(generates, FamilyAccessPolicy.MayGenerateCourtDocuments(role));

    [Fact]
    public void The_referral_report_is_exact_only_for_a_supervisor_reading_their_own_team()
    {
        var supervisor = new StaffScope(5, StaffRole.Supervisor, 1);
        var administrator = new StaffScope(9, StaffRole.Administrator, null);

        Assert.True(FamilyAccessPolicy.MayReadReferralReport(supervisor));
        Assert.True(FamilyAccessPolicy.MayReadReferralReport(administrator));
        Assert.False(FamilyAccessPolicy.MayReadReferralReport(new StaffScope(1, StaffRole.Caseworker, 1)));
        Assert.False(FamilyAccessPolicy.MayReadReferralReport(new StaffScope(7, StaffRole.CourtSupport, 1)));
        Assert.False(FamilyAccessPolicy.MayReadReferralReport(new StaffScope(6, StaffRole.Supervisor, null)));
        Assert.True(FamilyAccessPolicy.SeesExactReferralFigures(supervisor, 1));
        Assert.False(FamilyAccessPolicy.SeesExactReferralFigures(supervisor, 2));
        Assert.False(FamilyAccessPolicy.SeesExactReferralFigures(supervisor, null));
        Assert.False(FamilyAccessPolicy.SeesExactReferralFigures(administrator, 1));
    }

    [Fact]
    public void A_supervisor_never_signs_off_an_assessment_they_gave_themselves()
    {
        var dana = new StaffScope(5, StaffRole.Supervisor, 1);

        Assert.True(FamilyAccessPolicy.MaySignOff(dana, administeredByStaffId: 1));
        Assert.False(FamilyAccessPolicy.MaySignOff(dana, administeredByStaffId: 5));
        Assert.False(FamilyAccessPolicy.MaySignOff(new StaffScope(1, StaffRole.Caseworker, 1), administeredByStaffId: 2));
    }

    [Fact]
    public void Opening_a_file_and_overseeing_emergency_access_need_a_team()
    {
        Assert.True(FamilyAccessPolicy.MayOpenFamilyFiles(new StaffScope(1, StaffRole.Caseworker, 1)));
        Assert.False(FamilyAccessPolicy.MayOpenFamilyFiles(new StaffScope(1, StaffRole.Caseworker, null)));
        Assert.False(FamilyAccessPolicy.MayOpenFamilyFiles(new StaffScope(7, StaffRole.CourtSupport, 1)));
        Assert.True(FamilyAccessPolicy.MayOverseeEmergencyAccess(new StaffScope(5, StaffRole.Supervisor, 1)));
        Assert.False(FamilyAccessPolicy.MayOverseeEmergencyAccess(new StaffScope(5, StaffRole.Supervisor, null)));
    }

    [Theory]
    [InlineData(AssignmentKind.Primary, StaffRole.Caseworker)]
    [InlineData(AssignmentKind.Secondary, StaffRole.Caseworker)]
    [InlineData(AssignmentKind.CourtSupport, StaffRole.CourtSupport)]
    public void Each_kind_of_assignment_is_held_by_one_role(AssignmentKind kind, StaffRole role) =>
        Assert.Equal(role, FamilyAccessPolicy.RoleFor(kind));

    [Fact]
    public void Court_support_cannot_open_the_member_form_that_holds_safe_contact()
    {
        var agency = new TestAgency();

        Assert.Empty(agency.Query.MembersEditableBy(TestAgency.CourtSupport, TestAgency.Now));
        Assert.NotEmpty(agency.Query.MembersVisibleTo(TestAgency.CourtSupport, TestAgency.Now));
        Assert.NotEmpty(agency.Query.MembersEditableBy(TestAgency.Caseworker, TestAgency.Now));
    }
}
