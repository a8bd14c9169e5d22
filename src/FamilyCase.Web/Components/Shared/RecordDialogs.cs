using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FamilyCase.Web.Components.Shared;

/// <summary>How a tab or page opens one of its record dialogs: wide, and closed only by Cancel or Save, so a stray click loses nothing.</summary>
public static class RecordDialogs
{
    private static readonly DialogOptions Options = new() { MaxWidth = MaxWidth.Large, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };

    /// <summary>Opens the dialog and says whether something was saved.</summary>
    public static async Task<bool> ShowRecordAsync<TDialog>(this IDialogService dialogs, string title, DialogParameters parameters)
        where TDialog : IComponent =>
        await (await dialogs.ShowAsync<TDialog>(title, parameters, Options)).Result is { Canceled: false };
}
