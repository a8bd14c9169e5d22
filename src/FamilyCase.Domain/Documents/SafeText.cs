namespace FamilyCase.Domain.Documents;

/// <summary>
/// Text that has passed the redaction policy. Only <see cref="Redactor"/> makes it, and a document is built from nothing else,
/// so no value reaches a printed page around the policy.
/// </summary>
public readonly record struct SafeText
{
    internal SafeText(string value) => Value = value;

    public string Value { get; } = "";

    public bool IsEmpty => string.IsNullOrEmpty(Value);

    public static SafeText Empty { get; } = new("");

    public override string ToString() => Value;
}
