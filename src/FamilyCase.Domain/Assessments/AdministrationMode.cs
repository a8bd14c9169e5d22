namespace FamilyCase.Domain.Assessments;

public enum AdministrationMode
{
    WorkerAdministered,
    SelfReport,
}
