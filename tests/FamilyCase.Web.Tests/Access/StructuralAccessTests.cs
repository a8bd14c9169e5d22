using System.Reflection;
using FamilyCase.Testing;
using FamilyCase.Web.Authentication;
using FamilyCase.Web.Components.Shared;
using FamilyCase.Web.Features;
using FamilyCase.Web.Features.Emergency;
using FamilyCase.Web.Features.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyCase.Web.Tests.Access;

/// <summary>
/// Every query and command class the app registers, found from its service registrations (not a list kept by hand), and every
/// public method of each, tried by people who must get nothing of the family: another caseworker of the same team, a caseworker
/// and a supervisor of another team, an administrator, and court support (who may see the family but not its confidential
/// notes, assessments, safe contact, safety notes or assignment reasons). A new class or method is tried automatically; one
/// whose parameters the test cannot fill fails until the test is taught them.
/// </summary>
public sealed class StructuralAccessTests
{
    /// <summary>The designed exception, "break the glass", whose rules are proved in Emergency/EmergencyAccessTests.</summary>
    private static readonly HashSet<string> BreakTheGlass =
        [$"{nameof(EmergencyAccessCommands)}.{nameof(EmergencyAccessCommands.OpenAsync)}", $"{nameof(EmergencyAccessCommands)}.{nameof(EmergencyAccessCommands.RequestAsync)}"];

    public static IEnumerable<object[]> QueryAndCommandClasses() => Registered().Select(type => new object[] { type.Name });

    [Fact]
    public void Every_query_and_command_class_in_the_features_is_registered_and_so_tried_here()
    {
        var registered = Registered().ToHashSet();
        var written = typeof(FeatureRegistration).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Namespace?.StartsWith("FamilyCase.Web.Features", StringComparison.Ordinal) == true
                && (t.Name.EndsWith("Query", StringComparison.Ordinal) || t.Name.EndsWith("Commands", StringComparison.Ordinal) || t.Name.EndsWith("Command", StringComparison.Ordinal)))
            .ToList();

        Assert.NotEmpty(written);
        Assert.All(written, type => Assert.True(registered.Contains(type), $"{type.Name} is not registered in AddFamilyCaseFeatures, so nothing can use it."));
        Assert.True(registered.Count >= 20, $"Only {registered.Count} query and command classes were found; the discovery is broken.");
    }

    [Theory]
    [MemberData(nameof(QueryAndCommandClasses))]
    public async Task Nobody_outside_a_family_gets_anything_of_it_or_changes_anything_in_it(string className)
    {
        var type = Registered().Single(t => t.Name == className);
        await using var app = new FamilyCaseAppFactory();
        var victim = await VictimFamily.CreateAsync(app);
        var intruders = new (string UserName, IReadOnlyList<string> Secrets)[]
        {
            ("jordan", victim.Everything),
            (DemoPeople.OtherCaseworker, victim.Everything),
            ("marc", victim.Everything),
            (DemoPeople.Administrator, victim.Everything),
            (DemoPeople.CourtSupport, victim.NotForCourtSupport),
        };

        foreach (var (userName, secrets) in intruders)
        {
            var intruder = await app.StaffAsync(userName);
            foreach (var method in Methods(type).Where(m => !BreakTheGlass.Contains($"{type.Name}.{m.Name}")))
            {
                await using var db = app.CreateDb();
                var mayRecordCourtDay = userName == DemoPeople.CourtSupport;
                var before = await victim.SnapshotAsync(db, includeCourtDay: !mayRecordCourtDay);
                var result = await InvokeAsync(app, type, method, new Arguments(victim, intruder, new FormSamples(db, victim)));

                var seen = Json.Write(result);
                var leaked = secrets.Where(secret => seen.Contains(secret, StringComparison.Ordinal)).ToList();
                Assert.True(leaked.Count == 0, $"{type.Name}.{method.Name} gave {userName} {string.Join(", ", leaked)}: {seen[..Math.Min(seen.Length, 400)]}");
                await using var after = app.CreateDb();
                Assert.True(before == await victim.SnapshotAsync(after, includeCourtDay: !mayRecordCourtDay), $"{type.Name}.{method.Name} changed the family's records for {userName}.");
            }
        }

        // The same calls by the family's own supervisor (or, for staff accounts, an administrator) do reach it, so the
        // arguments above were aimed at the family and the refusals are real.
        Assert.True(await ReachesAsync(app, type, victim, DemoPeople.Supervisor) || await ReachesAsync(app, type, victim, DemoPeople.Administrator),
            $"No method of {type.Name} reached the family even for its supervisor; the test's arguments are not aimed right.");
    }

    private static async Task<bool> ReachesAsync(FamilyCaseAppFactory app, Type type, VictimFamily victim, string userName)
    {
        var owner = await app.StaffAsync(userName);
        foreach (var method in Methods(type))
        {
            await using var db = app.CreateDb();
            var result = await InvokeAsync(app, type, method, new Arguments(victim, owner, new FormSamples(db, victim)));
            if (result is SaveOutcome { Saved: true } || (result is not SaveOutcome && Json.Write(result) is var seen
                && (victim.Everything.Any(secret => seen.Contains(secret, StringComparison.Ordinal)) || (seen != "null" && seen != "[]" && !seen.Contains("[]", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<object?> InvokeAsync(FamilyCaseAppFactory app, Type type, MethodInfo method, Arguments arguments)
    {
        using var scope = app.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService(type);
        try
        {
            var returned = method.Invoke(service, arguments.For(method));
            if (returned is not Task task)
            {
                return returned;
            }

            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))?.GetValue(task) is var value && value?.GetType().Name != "VoidTaskResult" ? value : null;
        }
        catch (Exception problem) when (Unwrap(problem) is FamilyAccessDeniedException)
        {
            return "refused";
        }
    }

    private static Exception Unwrap(Exception problem) => problem is TargetInvocationException { InnerException: { } inner } ? inner : problem;

    private static IEnumerable<MethodInfo> Methods(Type type) =>
        PublicMethods(type).Where(m => !m.IsSpecialName).OrderBy(m => m.Name, StringComparer.Ordinal);

    // Inherited ones too (the justice records share their load and save), but not those every object has.
    private static IEnumerable<MethodInfo> PublicMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(object));

    private static IEnumerable<Type> Registered()
    {
        var services = new ServiceCollection();
        services.AddFamilyCaseFeatures(new ConfigurationBuilder().Build());
        return services.Select(d => d.ImplementationType ?? d.ServiceType)
            .Where(t => t.Namespace?.StartsWith("FamilyCase.Web.Features", StringComparison.Ordinal) == true
                && PublicMethods(t).Any(m => m.GetParameters().Any(p => p.ParameterType == typeof(SignedInStaff))))
            .Distinct()
            .OrderBy(t => t.Name, StringComparer.Ordinal);
    }
}
