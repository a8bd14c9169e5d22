using Microsoft.JSInterop;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>Streams a generated file to the person's browser over the circuit; nothing is written to disk on the server.</summary>
public static class FileDownload
{
    public static async Task SaveAsync(IJSRuntime js, string fileName, string contentType, byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("familyCaseFiles.save", fileName, contentType, reference);
    }
}
