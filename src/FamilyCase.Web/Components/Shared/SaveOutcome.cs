namespace FamilyCase.Web.Components.Shared;

/// <summary>One field someone else changed while this person was editing: their saved value and this person's own.</summary>
public sealed record FieldConflict(string Field, string? Theirs, string? Yours);

/// <summary>What happened to a save: saved, or someone else saved first (with what they changed), or a rule refused it.</summary>
public sealed record SaveOutcome(bool Saved, IReadOnlyList<FieldConflict> Conflicts, string? Problem = null, int? Id = null, int? NewVersion = null)
{
    public static SaveOutcome Done(int id, int version) => new(true, [], Id: id, NewVersion: version);

    public static SaveOutcome Conflict(IReadOnlyList<FieldConflict> conflicts, int currentVersion) => new(false, conflicts, NewVersion: currentVersion);

    public static SaveOutcome Refused(string problem) => new(false, [], problem);

    public bool IsConflict => !Saved && Problem is null;
}
