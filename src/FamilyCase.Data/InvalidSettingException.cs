namespace FamilyCase.Data;

/// <summary>A configuration value that stops FamilyCase from starting; the message names the setting and what to do.</summary>
public sealed class InvalidSettingException(string setting, string problem)
    : Exception($"Setting '{setting}': {problem}")
{
    public string Setting { get; } = setting;
}
