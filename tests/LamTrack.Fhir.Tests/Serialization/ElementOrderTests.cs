using Hl7.Fhir.Model;
using LamTrack.Fhir.Serialization;

namespace LamTrack.Fhir.Tests.Serialization;

public sealed class ElementOrderTests
{
    [Theory]
    [InlineData(typeof(Observation))] // a resource with choice elements and backbone components
    [InlineData(typeof(Coding))] // a small data type
    [InlineData(typeof(Extension))] // the open-choice value[x]
    [InlineData(typeof(Bundle.EntryComponent))] // a resource-typed element (entry.resource)
    [InlineData(typeof(Attachment))] // a shared base class with fields of later FHIR versions (height, width, ...)
    public void Learn_ModelClass_ElementsInTheOrderCompareChildrenVisitsThem(Type type)
    {
        var names = ModelInfo.ModelInspector.FindOrImportClassMapping(type)!.PropertyMappings.Where(p => !p.RepresentsValueElement).Select(p => p.Name).ToList();

        string[]? order = ElementOrder.Learn(type, names);

        Assert.NotNull(order);
        Assert.Equal(names.Order(StringComparer.Ordinal), order.Where(n => n != ElementOrder.NotInModel).Order(StringComparer.Ordinal));
        // Base classes are visited before their subclasses: Element's and Resource's id comes first.
        Assert.Equal("id", order[0]);
    }

    [Fact]
    public void Learn_Attachment_FieldsOutsideR4AreMarked()
    {
        var names = ModelInfo.ModelInspector.FindOrImportClassMapping(typeof(Attachment))!.PropertyMappings.Where(p => !p.RepresentsValueElement).Select(p => p.Name).ToList();

        string[] order = ElementOrder.Learn(typeof(Attachment), names)!;

        // R4's Attachment has no height, width, frames, duration or pages; the class has fields for them.
        Assert.Equal(5, order.Count(n => n == ElementOrder.NotInModel));
    }

    [Fact]
    public void Learn_AbstractType_NoOrder()
    {
        Assert.Null(ElementOrder.Learn(typeof(DataType), ["id", "extension"]));
    }

    [Fact]
    public void Learn_NameTheClassDoesNotHave_NoOrder()
    {
        Assert.Null(ElementOrder.Learn(typeof(Coding), ["id", "extension", "system", "nosuchelement"]));
    }
}
