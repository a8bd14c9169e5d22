using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Features.Families;
using FamilyCase.Web.Features.Members;
using FamilyCase.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Families;

/// <summary>What court support does not receive, decided in the queries rather than by hiding a control.</summary>
public sealed class CourtSupportTests(CourtSupportTests.App app) : IClassFixture<CourtSupportTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task Court_support_gets_no_sign_of_safety_notes_no_assignment_reasons_and_no_safe_contact()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.CourtSupport, AssignmentKind.CourtSupport);
        var grace = await app.StaffAsync(DemoPeople.CourtSupport);
        var dana = await app.StaffAsync(DemoPeople.Supervisor);
        int memberId;
        await using (var db = app.CreateDb())
        {
            memberId = await db.FamilyMembers.Where(m => m.FamilyId == familyId).Select(m => m.Id).FirstAsync();
            await db.FamilyMembers.Where(m => m.Id == memberId).ExecuteUpdateAsync(m => m.SetProperty(x => x.SafetyNotes, "No contact with the uncle."));
            Assert.True(await db.Assignments.AnyAsync(a => a.FamilyId == familyId && a.Reason != null));
        }

        var forGrace = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(grace, familyId, CancellationToken.None));
        var forDana = await app.RunAsync<FamilyFileQuery, FamilyFile?>(q => q.LoadAsync(dana, familyId, CancellationToken.None));
        var gracesHistory = await app.RunAsync<AssignmentCommands, IReadOnlyList<AssignmentRow>>(c => c.HistoryAsync(grace, familyId, CancellationToken.None));
        var danasHistory = await app.RunAsync<AssignmentCommands, IReadOnlyList<AssignmentRow>>(c => c.HistoryAsync(dana, familyId, CancellationToken.None));
        var gracesForm = await app.RunAsync<MemberCommands, MemberForm?>(c => c.LoadAsync(grace, familyId, memberId, CancellationToken.None));

        Assert.False(forGrace!.Members.Single(m => m.Id == memberId).HasSafetyNotes);
        Assert.True(forDana!.Members.Single(m => m.Id == memberId).HasSafetyNotes);
        Assert.NotEmpty(gracesHistory);
        Assert.All(gracesHistory, row => Assert.Null(row.Reason));
        Assert.Contains(danasHistory, row => row.Reason is not null);
        Assert.Null(gracesForm);
    }
}
