using FamilyCase.Domain.Assessments;
using FamilyCase.Domain.Assessments.Instruments;

namespace FamilyCase.Domain.Tests.Assessments;

public sealed class InstrumentVersionTests
{
    private static readonly InstrumentDefinition Gad7Version2 = Gad7.Definition with { Version = "2.0", Title = "GAD-7, revised wording" };

    [Fact]
    public void New_assessments_use_the_newest_version_and_old_results_keep_theirs()
    {
        var catalog = InstrumentCatalog.Standard.With(Gad7Version2);

        Assert.Equal("2.0", catalog.Latest(Gad7.Code).Version);
        Assert.Equal("1.0", catalog.Get(Gad7.Code, "1.0").Version);
        Assert.Single(catalog.Current, d => d.Code == Gad7.Code);
        Assert.Equal(InstrumentCatalog.Standard.Current.Count, catalog.Current.Count);
    }

    [Fact]
    public void Versions_compare_as_numbers_and_a_version_cannot_be_defined_twice()
    {
        var catalog = InstrumentCatalog.Standard.With(Gad7.Definition with { Version = "1.10" }).With(Gad7.Definition with { Version = "1.9" });

        Assert.Equal("1.10", catalog.Latest(Gad7.Code).Version);
        Assert.Throws<ArgumentException>(() => InstrumentCatalog.Standard.With(Gad7.Definition));
    }
}
