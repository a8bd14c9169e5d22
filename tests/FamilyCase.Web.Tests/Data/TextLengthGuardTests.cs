using FamilyCase.Data.Auditing;
using FamilyCase.Data.Validation;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Web.Tests.Data;

public sealed class TextLengthGuardTests(TextLengthGuardTests.App app) : IClassFixture<TextLengthGuardTests.App>
{
    public sealed class App : FamilyCaseAppFactory;

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_before_anything_is_written_naming_the_field()
    {
        var familyId = await app.FamilyOfAsync(DemoPeople.Caseworker);
        await using var db = app.CreateDb();
        var member = await db.FamilyMembers.FirstAsync(m => m.FamilyId == familyId);
        var before = member.SafeContact.CodeWord;
        member.SafeContact.CodeWord = new string('x', 61);
        member.Language = "A language set in this test";
        db.Actor = new AuditActor(1, "Test");

        var refused = await Assert.ThrowsAsync<TextTooLongException>(() => db.SaveChangesAsync());

        Assert.Equal("SafeContact.CodeWord", refused.Field);
        Assert.Equal(60, refused.MaxLength);
        await using var fresh = app.CreateDb();
        var saved = await fresh.FamilyMembers.SingleAsync(m => m.Id == member.Id);
        Assert.Equal(before, saved.SafeContact.CodeWord);
        Assert.NotEqual("A language set in this test", saved.Language);
    }

    [Fact]
    public void The_forms_read_their_limits_from_the_columns()
    {
        using var db = app.CreateDb();
        var limits = new ColumnLimits(db.Model);

        Assert.Equal(100, limits.Of<FamilyMember>(m => m.FirstName));
        Assert.Equal(60, limits.Of<FamilyMember>(m => m.SafeContact.CodeWord));
        Assert.Equal(200, limits.Of<Domain.Assessments.Assessment>(a => a.StressfulExperience));
    }
}
