using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FamilyCase.Web.Components.Shared;

/// <summary>
/// What every edit dialog does the same way: load, save over the loaded version, and when someone else saved first show
/// what they changed and let the person keep their own version or start again from theirs; leaving with unsaved changes asks first.
/// </summary>
public abstract class EditDialogBase<TForm> : ComponentBase
    where TForm : class, IEditForm<TForm>
{
    [CascadingParameter]
    protected IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    protected SafeSave SafeSave { get; set; } = default!;

    protected TForm? Form { get; set; }

    protected TForm? Loaded { get; set; }

    protected SaveOutcome? Outcome { get; set; }

    protected bool Saving { get; private set; }

    /// <summary>The MudForm to validate before saving, when the dialog has one.</summary>
    protected MudForm? FieldForm { get; set; }

    /// <summary>The form as saved now, or null when it is gone or out of reach.</summary>
    protected abstract Task<TForm?> LoadAsync();

    protected abstract Task<SaveOutcome> SaveAsync(TForm form, TForm loaded);

    /// <summary>The fields that differ between two versions of the form, in the form's words.</summary>
    protected abstract IReadOnlyList<FieldConflict> Differences(TForm before, TForm after);

    protected virtual string GoneMessage => "This record is no longer available, or you no longer have access.";

    /// <summary>True when the dialog adds a new record rather than editing a saved one.</summary>
    protected virtual bool IsNew => false;

    protected virtual TForm NewForm() => throw new InvalidOperationException("This dialog only edits existing records.");

    protected override async Task OnInitializedAsync()
    {
        Form = IsNew ? NewForm() : await LoadAsync();
        if (Form is null)
        {
            Form = NewForm();
            Outcome = SaveOutcome.Refused(GoneMessage);
        }

        Loaded = Form.Copy();
    }

    protected async Task SaveClickedAsync()
    {
        if (FieldForm is not null)
        {
            await FieldForm.ValidateAsync();
            if (!FieldForm.IsValid)
            {
                return;
            }
        }

        if (Saving || Form is null || Loaded is null)
        {
            return;
        }

        Saving = true;
        try
        {
            Outcome = await SafeSave.RunAsync(() => SaveAsync(Form, Loaded));
            if (Outcome.Saved)
            {
                Dialog.Close(DialogResult.Ok(Outcome.Id));
            }
        }
        finally
        {
            Saving = false;
        }
    }

    // Their version becomes the base; this person's text stays in the form and is saved over it.
    protected async Task KeepMineAsync()
    {
        var theirs = await LoadAsync();
        if (theirs is null)
        {
            Outcome = SaveOutcome.Refused(GoneMessage);
            return;
        }

        Loaded = theirs;
        KeepMineOver(theirs);
        Outcome = null;
        await SaveClickedAsync();
    }

    /// <summary>Makes this person's form a save over <paramref name="theirs"/>: by default only the version moves on.</summary>
    protected virtual void KeepMineOver(TForm theirs) => Form!.Version = theirs.Version;

    protected async Task TakeTheirsAsync()
    {
        Form = await LoadAsync() ?? Form;
        Loaded = Form!.Copy();
        Outcome = null;
    }

    protected async Task CancelClickedAsync()
    {
        if (Form is not null && Loaded is not null && Differences(Loaded, Form).Count > 0
            && await Dialogs.ShowMessageBoxAsync("Leave without saving?", "You have changes that are not saved yet.", yesText: "Leave without saving", cancelText: "Keep editing") != true)
        {
            return;
        }

        Dialog.Cancel();
    }
}
