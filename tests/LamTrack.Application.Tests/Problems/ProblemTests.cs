using LamTrack.Application.Problems;

namespace LamTrack.Application.Tests.Problems;

public sealed class ProblemTests
{
    [Fact]
    public void ToString_WithoutText_ComposesLocationSeverityCodeAndMessage()
    {
        var problem = new Problem("STORE-008", "no database", ProblemLocation.OfFile("lamtrack.db"));
        Assert.Equal("lamtrack.db: error STORE-008 no database", problem.ToString());
    }

    [Fact]
    public void ToString_WithText_ReturnsTheSourceLayersWording()
    {
        var problem = new Problem("PF-001", "bad", ProblemLocation.OfFile("a.json")) { Text = "a.json:3: field x: bad [PF-001]" };
        Assert.Equal("a.json:3: field x: bad [PF-001]", problem.ToString());
    }

    [Fact]
    public void ToString_FullLocation_NamesLineRecordAndField()
    {
        var location = new ProblemLocation("p.ndjson", 7, "Observation/o1", "Observation.valueQuantity", null);
        var problem = new Problem("FHIR-IMP-004", "unit", location, ProblemSeverity.Warning);
        Assert.Equal("p.ndjson:7 Observation/o1 Observation.valueQuantity: warning FHIR-IMP-004 unit", problem.ToString());
    }

    [Fact]
    public void IsError_Warning_IsFalse() =>
        Assert.False(new Problem("X-1", "m", null, ProblemSeverity.Warning).IsError);

    [Fact]
    public void All_ApplicationCodes_AreUniqueAndPrefixed()
    {
        Assert.Equal(ApplicationProblemCodes.All.Count, ApplicationProblemCodes.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ApplicationProblemCodes.All, code => Assert.StartsWith("APP-", code, StringComparison.Ordinal));
        Assert.Contains(ApplicationProblemCodes.ConflictingSources, ApplicationProblemCodes.All);
    }
}
