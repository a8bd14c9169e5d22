using Microsoft.Extensions.Configuration;

namespace FamilyCase.Data;

/// <summary>Which database FamilyCase uses, read and checked once at start.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string DataFolderKey = "Database:DataFolder";
    public const string ConnectionStringKey = "ConnectionStrings:FamilyCase";
    public const string DefaultDataFolder = "App_Data";
    public const string SqliteFileName = "familycase.db";

    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration[ProviderKey];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidSettingException(ProviderKey, $"'{providerText}' is not a known database provider; use 'Sqlite' or 'SqlServer'.");
        }

        var connectionString = configuration[ConnectionStringKey];
        return provider switch
        {
            DatabaseProvider.SqlServer when string.IsNullOrWhiteSpace(connectionString) =>
                throw new InvalidSettingException(ConnectionStringKey, "is required when Database:Provider is 'SqlServer'."),
            DatabaseProvider.SqlServer => new(provider, connectionString!),
            _ => new(provider, string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteConnection(configuration, contentRoot) : connectionString),
        };
    }

    private static string DefaultSqliteConnection(IConfiguration configuration, string contentRoot)
    {
        var folder = configuration[DataFolderKey];
        var dataFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder) ? DefaultDataFolder : folder, contentRoot);
        return $"Data Source={Path.Combine(dataFolder, SqliteFileName)}";
    }
}
