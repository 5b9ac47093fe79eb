using LamTrack.Domain.Patients;

namespace LamTrack.Domain.Tests.Patients;

/// <summary>The identifier grammar of the gate: FHIR ids, 1 to 64 characters.</summary>
public sealed class RecordLimitsTests
{
    [Theory]
    [InlineData("case-1", true)]
    [InlineData("c1.ptx-2", true)]
    [InlineData("", false)]
    [InlineData("x/y", false)]
    [InlineData("x_y", false)]
    [InlineData("x\u00e9", false)]
    [InlineData("x\u0001", false)]
    public void IsValidIdentifier_Characters_FollowTheFhirIdGrammar(string id, bool valid) =>
        Assert.Equal(valid, RecordLimits.IsValidIdentifier(id));

    [Fact]
    public void IdentifierProblem_TooLong_SaysTheLengthAndTheLimit()
    {
        Assert.Null(RecordLimits.IdentifierProblem(new string('a', 64)));
        Assert.Equal("is 65 characters long; at most 64 are allowed", RecordLimits.IdentifierProblem(new string('a', 65)));
    }
}
