namespace FamilyCase.Domain.Assessments;

/// <summary>Agency choices about assessments; DOMAIN.md's values are the defaults.</summary>
public sealed record AssessmentRules(int ReassessmentDays = 90, int Pcl5CutPoint = Instruments.Pcl5.DefaultCutPoint)
{
    public static readonly AssessmentRules Default = new();

    /// <summary>Published PCL-5 cut-points run from 31 to 45.</summary>
    public const int LowestPcl5CutPoint = 31;
    public const int HighestPcl5CutPoint = 45;
}
