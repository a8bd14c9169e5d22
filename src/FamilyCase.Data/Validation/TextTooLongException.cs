namespace FamilyCase.Data.Validation;

/// <summary>A text value longer than its column. Raised before anything is written, so the database never truncates or fails.</summary>
public sealed class TextTooLongException(string recordType, string field, int maxLength, int length)
    : Exception($"{field} can be at most {maxLength} characters; this one has {length}. Nothing was saved.")
{
    public string RecordType { get; } = recordType;

    /// <summary>The property, with its owner for owned parts ("SafeContact.Phone").</summary>
    public string Field { get; } = field;

    public int MaxLength { get; } = maxLength;
}
