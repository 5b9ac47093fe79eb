using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Tests.Import;

public sealed class ImportLocationTests
{
    [Fact]
    public void ToString_AllParts_NamesFileLineResourceAndPath() =>
        Assert.Equal("obs.ndjson:12 Observation/o-1 at Observation.valueQuantity",
            new ImportLocation("obs.ndjson", 12, "Observation", "o-1", "Observation.valueQuantity").ToString());

    [Fact]
    public void ToString_ResourceWithoutId_SaysSo() =>
        Assert.Equal("b.json Patient/(no id)", new ImportLocation("b.json", null, "Patient", null, null).ToString());

    [Fact]
    public void ToString_FileOnly_IsFileName() => Assert.Equal("x.json", ImportLocation.OfFile("x.json").ToString());
}
