using Hl7.Fhir.Model;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Tests.Serialization;

public sealed class ClassRulesTests
{
    [Fact]
    public void For_EveryConcreteR4Class_HasNoClassRulesAndAVisitingOrder()
    {
        // The fast walk needs both: class-level attributes would send every such resource to the strict parse, and a
        // class without a learnt order is walked the slow way. Neither happens in R4 today; this says so if it changes.
        List<Type> types = [.. ModelInfo.ModelInspector.ClassMappings.Select(c => c.NativeType)
            .Where(t => typeof(Base).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IDynamicType).IsAssignableFrom(t) == false)
            .Distinct()];

        List<string> missing = [.. types.Where(t => ClassRules.For(t) is not { HasClassRules: false, InVisitingOrder: not null }).Select(t => t.Name)];

        Assert.True(types.Count > 500, $"only {types.Count} model types found");
        Assert.Empty(missing);
    }

    [Fact]
    public void For_Observation_MandatoryStatusAndCode()
    {
        ClassRules rules = ClassRules.For(typeof(Observation))!;

        Assert.Equal(["code", "status"], rules.Mandatory.Order(StringComparer.Ordinal));
        Assert.Equal(0b11UL, rules.MandatoryMask);
        Assert.NotEqual(0UL, rules.Element("status")!.MandatoryBit);
        Assert.Equal(0UL, rules.Element("subject")!.MandatoryBit);
        Assert.Null(rules.Element("foo"));
    }

    [Fact]
    public void For_DomainResource_MarksContainedOnly()
    {
        ClassRules rules = ClassRules.For(typeof(Patient))!;

        Assert.True(rules.Element("contained")!.IsContained);
        Assert.False(rules.Element("extension")!.IsContained);
    }
}
