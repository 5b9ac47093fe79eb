using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Import;

public sealed class ImportProblemListTests
{
    [Fact]
    public void HasErrorsSince_OnlyWarningsAfterMark_ReturnsFalse()
    {
        var problems = new ImportProblemList();
        problems.Add(ImportIssueCodes.NotFhir, ImportLocation.OfFile("a"), "bad");
        int mark = problems.Count;
        problems.Add(ImportIssueCodes.ProfileWarning, ImportLocation.OfFile("a"), "meh");
        Assert.False(problems.HasErrorsSince(mark));
        Assert.True(problems.HasErrorsSince(0));
        Assert.Equal(1, problems.ErrorCount);
    }

    [Fact]
    public void ToString_Problem_ShowsLocationSeverityCodeAndMessage()
    {
        var problem = new ImportProblem(ImportIssueCodes.BadUnit, new ImportLocation("o.ndjson", 3, "Observation", "o1", "Observation.valueQuantity.code"), "unknown unit 'ng/dl'");
        Assert.Equal("o.ndjson:3 Observation/o1 at Observation.valueQuantity.code: error FHIR-IMP-008 unknown unit 'ng/dl'", problem.ToString());
    }
}
