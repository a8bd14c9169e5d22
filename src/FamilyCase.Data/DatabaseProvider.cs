namespace FamilyCase.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
