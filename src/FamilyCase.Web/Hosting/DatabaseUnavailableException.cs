namespace FamilyCase.Web.Hosting;

public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);
