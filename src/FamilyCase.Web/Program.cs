using FamilyCase.Data;
using FamilyCase.Web.Hosting;

if (GenerateCommand.IsRequested(args))
{
    return await GenerateCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddFamilyCase();
    var app = builder.Build();
    app.UseFamilyCase();
    await app.RunAsync();
    return 0;
}
catch (InvalidSettingException problem)
{
    await Console.Error.WriteLineAsync($"FamilyCase cannot start. {problem.Message}");
    return 1;
}
catch (DatabaseUnavailableException problem)
{
    await Console.Error.WriteLineAsync($"FamilyCase cannot start. {problem.Message}");
    return 2;
}
catch (UnsafeDatabaseException problem)
{
    await Console.Error.WriteLineAsync($"FamilyCase cannot start. {problem.Message}");
    return 3;
}
