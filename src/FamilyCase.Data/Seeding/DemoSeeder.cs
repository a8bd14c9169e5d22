using FamilyCase.Data.Auditing;
using FamilyCase.Data.Identity;
using FamilyCase.Domain.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FamilyCase.Data.Seeding;

/// <summary>Fills an empty database with the invented demo agency in <c>seeds/demo</c>.</summary>
public sealed class DemoSeeder(IDbContextFactory<FamilyCaseDb> factory, TimeProvider clock, Domain.Time.AgencyTime time, Domain.Justice.ApplicationDeadlines deadlines)
{
    /// <summary>Seeds when the database has no staff yet; returns the demo sign-in accounts (also when they already existed).</summary>
    public async Task<IReadOnlyList<DemoAccount>> SeedAsync(string seedFolder, string password, CancellationToken cancellationToken = default)
    {
        var (staffSeed, familiesSeed) = await DemoSeedFiles.ReadAsync(seedFolder, cancellationToken);
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        if (!await db.Staff.AnyAsync(cancellationToken))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var teams = staffSeed.Teams.ToDictionary(t => t.Key, t => new Team { Name = t.Name, Office = t.Office, Area = t.Area });
            var staff = staffSeed.Staff.ToDictionary(s => s.UserName, s => new StaffMember
            {
                DisplayName = s.DisplayName,
                Email = s.Email,
                Role = s.Role,
                Team = s.Team is null ? null : teams[s.Team],
            });
            db.Teams.AddRange(teams.Values);
            db.Staff.AddRange(staff.Values);
            db.Users.AddRange(staffSeed.Staff.Select(s => NewUser(s, staff[s.UserName], password)));
            var families = familiesSeed.Families.ToDictionary(f => f.FileNumber, f => DemoFamilyBuilder.Build(f, teams, staff, now));
            db.Families.AddRange(families.Values);
            var assessments = await DemoAssessments.ReadAsync(seedFolder, cancellationToken);
            db.Assessments.AddRange(assessments.Select(a => DemoAssessments.Build(a, families, staff)));
            var justice = await DemoJustice.ReadAsync(seedFolder, cancellationToken);
            var today = time.Today(clock);
            db.Proceedings.AddRange(justice.Proceedings.Select(p => DemoJustice.Build(p, families, staff, time, today)));
            DemoJustice.AddRecords(justice, families, staff, deadlines, today);
            db.Actor = AuditActor.Import;
            await db.SaveChangesAsync(cancellationToken);

            // Plans and referrals point at saved families, members and check-ins, so they follow in a second save.
            await DemoPlans.SeedAsync(db, seedFolder, today, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return staffSeed.Staff.Select(s => new DemoAccount(s.UserName, s.DisplayName, s.Role, s.Team is null ? null : staffSeed.Teams.First(t => t.Key == s.Team).Name)).ToList();
    }

    /// <summary>The demo accounts in this database that still sign in with <paramref name="password"/>.</summary>
    public async Task<IReadOnlyList<string>> AccountsWithPasswordAsync(string seedFolder, string password, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(seedFolder))
        {
            return [];
        }

        var (staffSeed, _) = await DemoSeedFiles.ReadAsync(seedFolder, cancellationToken);
        var names = staffSeed.Staff.Select(s => s.UserName.ToUpperInvariant()).ToList();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().Where(u => names.Contains(u.NormalizedUserName!)).ToListAsync(cancellationToken);
        var hasher = new PasswordHasher<ApplicationUser>();
        return users
            .Where(u => u.PasswordHash is not null && hasher.VerifyHashedPassword(u, u.PasswordHash, password) != PasswordVerificationResult.Failed)
            .Select(u => u.UserName!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static ApplicationUser NewUser(StaffMemberSeed seed, StaffMember staff, string password)
    {
        var user = new ApplicationUser
        {
            UserName = seed.UserName,
            NormalizedUserName = seed.UserName.ToUpperInvariant(),
            Email = seed.Email,
            NormalizedEmail = seed.Email.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            SecurityStamp = Guid.NewGuid().ToString("N"),
            StaffMember = staff,
        };
        user.PasswordHash = new PasswordHasher<ApplicationUser>().HashPassword(user, password);
        return user;
    }
}
