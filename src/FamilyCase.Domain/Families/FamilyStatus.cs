namespace FamilyCase.Domain.Families;

public enum FamilyStatus
{
    Intake,
    Active,
    OnHold,
    Closed,
}
