namespace FamilyCase.Web.Components.Shared;

/// <summary>A form over a record two people may edit at once: it keeps the version it was loaded at.</summary>
public interface IEditForm<TForm>
{
    int Id { get; }

    int Version { get; set; }

    TForm Copy();
}
