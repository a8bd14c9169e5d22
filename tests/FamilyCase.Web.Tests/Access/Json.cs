using System.Text.Json;
using System.Text.Json.Serialization;

namespace FamilyCase.Web.Tests.Access;

/// <summary>Writes whatever a query returned as text, so a test can look for words that must not be in it.</summary>
internal static class Json
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
        MaxDepth = 64,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Options);
}
