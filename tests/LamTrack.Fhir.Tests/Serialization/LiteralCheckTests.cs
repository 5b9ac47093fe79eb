using Hl7.Fhir.Model;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Tests.Serialization;

public sealed class LiteralCheckTests
{
    public static TheoryData<PrimitiveType> Literals => new()
    {
        new FhirUri("http://snomed.info/sct"), // valid uri, remembered
        new FhirUri("urn:oid:abc"), // invalid oid uri, remembered as invalid
        new Code("final"), // valid code
        new Code("a  b"), // two spaces: not a code
        new Code<AdministrativeGender> { JsonValue = "female" }, // in the required binding
        new Code<AdministrativeGender> { JsonValue = "femal" }, // outside the required binding
        new FhirDateTime { JsonValue = "2014-02-30" }, // no 30 February
        new Date { JsonValue = "2014-02" }, // partial date
        new Id("p 1"), // ids are checked every time, not remembered
        new FhirString(string.Empty), // an empty string is not a string
    };

    [Theory]
    [MemberData(nameof(Literals))]
    public void IsValid_AnyLiteral_SameVerdictAsSdkFirstAndSecondTime(PrimitiveType literal)
    {
        bool sdk = literal.HasValidValue();

        Assert.Equal(sdk, LiteralCheck.IsValid(literal));
        Assert.Equal(sdk, LiteralCheck.IsValid(literal));
    }

    [Fact]
    public void IsValid_SameTextDifferentType_VerdictPerType()
    {
        // "female" is a valid plain code and a valid gender, but not a valid AdministrativeGender when misspelt.
        Assert.True(LiteralCheck.IsValid(new Code("femal")));
        Assert.False(LiteralCheck.IsValid(new Code<AdministrativeGender> { JsonValue = "femal" }));
    }
}
