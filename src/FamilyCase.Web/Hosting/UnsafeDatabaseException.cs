namespace FamilyCase.Web.Hosting;

/// <summary>The database holds something that must never be used outside Development, such as demo accounts with the published password.</summary>
public sealed class UnsafeDatabaseException(string message) : Exception(message);
