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
