using Microsoft.JSInterop;

namespace FamilyCase.Web.Features.CourtDocuments;

/// <summary>Streams a generated file to the person's browser over the circuit; nothing is written to disk on the server.</summary>
public static class FileDownload
{
    /// <summary>Sends the file; null when the browser has it, or what to tell the person when it did not arrive.</summary>
    public static async Task<string?> TrySaveAsync(IJSRuntime js, string fileName, string contentType, byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reference = new DotNetStreamReference(stream);
            await js.InvokeVoidAsync("familyCaseFiles.save", TimeSpan.FromMinutes(5), fileName, contentType, reference);
            return null;
        }
        catch (Exception problem) when (problem is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            return $"{fileName} was made and recorded, but your browser did not receive it. Please try again; it is listed in the family's Documents tab.";
        }
    }
}
