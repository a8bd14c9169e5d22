using FamilyCase.Data;
using FamilyCase.Domain.Families;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests;

/// <summary>Looks up demo people and their families in a test app's database, and runs the app's own services in a scope.</summary>
public static class DemoStaff
{
    public static async Task<SignedInStaff> StaffAsync(this FamilyCaseAppFactory app, string userName)
    {
        _ = app.Server;
        await using var db = app.CreateDb();
        return await db.StaffAsync(userName);
    }

    /// <summary>A family where the person holds an active assignment of the given kind.</summary>
    /// <summary>A demo family member by file number and first name: their family's id and their own.</summary>
    public static async Task<(int FamilyId, int MemberId)> PersonAsync(this FamilyCaseAppFactory app, string fileNumber, string firstName)
    {
        await using var db = app.CreateDb();
        var member = await db.FamilyMembers.Where(m => m.Family!.FileNumber == fileNumber && m.FirstName == firstName).Select(m => new { m.FamilyId, m.Id }).SingleAsync();
        return (member.FamilyId, member.Id);
    }

    public static async Task<int> FamilyOfAsync(this FamilyCaseAppFactory app, string userName, AssignmentKind kind = AssignmentKind.Primary)
    {
        await using var db = app.CreateDb();
        return await db.FamilyOfAsync(await app.StaffAsync(userName), kind);
    }

    public static async Task<SignedInStaff> StaffAsync(this FamilyCaseDb db, string userName)
    {
        var staff = await db.Staff.AsNoTracking().SingleAsync(s => s.Email.StartsWith(userName + "."));
        return new SignedInStaff(staff.Id, staff.DisplayName, staff.Role, staff.TeamId);
    }

    public static Task<int> FamilyOfAsync(this FamilyCaseDb db, SignedInStaff staff, AssignmentKind kind = AssignmentKind.Primary) =>
        db.Assignments.Where(a => a.StaffMemberId == staff.StaffId && a.EndedAtUtc == null && a.Kind == kind)
            .OrderBy(a => a.FamilyId).Select(a => a.FamilyId).FirstAsync();

    public static async Task<T> RunAsync<TService, T>(this FamilyCaseAppFactory app, Func<TService, Task<T>> action)
        where TService : notnull
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
