using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Interactions;

namespace LamTrack.Guidance.Tests.Interactions;

public sealed class PerpetratorCatalogueTests
{
    [Theory]
    [InlineData("Rifampin", InteractionEffect.Inducer, PerpetratorStrength.Strong)] // US spelling, any case
    [InlineData("rifampicin", InteractionEffect.Inducer, PerpetratorStrength.Strong)] // international name
    [InlineData("anti-tuberculosis therapy", InteractionEffect.Inducer, PerpetratorStrength.Strong)] // the case 4 record
    [InlineData(" voriconazole ", InteractionEffect.Inhibitor, PerpetratorStrength.Strong)] // surrounding spaces
    [InlineData("diltiazem", InteractionEffect.Inhibitor, PerpetratorStrength.ModerateOrUnknown)] // listed, not strong
    public void Find_ListedDrug_ReturnsEffectAndStrength(string name, InteractionEffect effect, PerpetratorStrength strength)
    {
        Perpetrator p = Assert.IsType<Perpetrator>(PerpetratorCatalogue.LoadEmbedded().Find(name));
        Assert.Equal(effect, p.Effect);
        Assert.Equal(strength, p.Strength);
    }

    [Fact]
    public void Find_UnlistedDrug_IsNull() => Assert.Null(PerpetratorCatalogue.LoadEmbedded().Find("paracetamol"));

    [Fact]
    public void Parse_BadEntry_NamesEntryAndField()
    {
        const string json = """{ "source": { "reference": "label" }, "perpetrators": [ { "name": "x", "effect": "booster", "strength": "strong", "tag": "L" } ] }""";
        var ex = Assert.Throws<RuleCatalogueException>(() => PerpetratorCatalogue.Parse(json, "p.json"));
        Assert.Contains("p.json: perpetrator #1: field 'effect': 'booster' is not inducer or inhibitor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateName_IsReported()
    {
        const string entry = """{ "name": "x", "effect": "inducer", "strength": "strong", "tag": "L" }""";
        string json = $$"""{ "source": { "reference": "label" }, "perpetrators": [ {{entry}}, {{entry}} ] }""";
        var ex = Assert.Throws<RuleCatalogueException>(() => PerpetratorCatalogue.Parse(json, "p.json"));
        Assert.Contains("perpetrator #2 (x): field 'name': listed twice", ex.Message, StringComparison.Ordinal);
    }
}
