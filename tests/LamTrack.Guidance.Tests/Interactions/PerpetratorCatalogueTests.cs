using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Interactions;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

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
        LamTrack.Guidance.Interactions.Perpetrator p = Assert.IsType<LamTrack.Guidance.Interactions.Perpetrator>(PerpetratorCatalogue.LoadShipped().Find(name));
        Assert.Equal(effect, p.Effect);
        Assert.Equal(strength, p.Strength);
    }

    [Fact]
    public void Find_UnlistedDrug_IsNull() => Assert.Null(PerpetratorCatalogue.LoadShipped().Find("paracetamol"));

    [Fact]
    public void Parse_ListingWithUnknownTag_NamesEntryAndField()
    {
        const string json = """{ "perpetrators": [ { "name": "x", "kind": "inducer", "labelStrength": "strong", "labelTag": "L", "labelNote": "n" } ] }""";
        Assert.Single(PerpetratorCatalogue.From(InteractionTable.Parse(json, "p.json")).Perpetrators);
        var ex = Assert.Throws<ModelFileException>(() => InteractionTable.Parse(json.Replace("\"L\"", "\"Q\"", StringComparison.Ordinal), "p.json"));
        Assert.Contains("field 'perpetrators[0].labelTag': 'Q' must be one of", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DuplicateName_IsReported()
    {
        const string entry = """{ "name": "x", "kind": "inducer", "labelStrength": "strong", "labelTag": "L" }""";
        string json = $$"""{ "perpetrators": [ {{entry}}, {{entry}} ] }""";
        var ex = Assert.Throws<ModelFileException>(() => InteractionTable.Parse(json, "p.json"));
        Assert.Contains("name 'X' of 'x' is already listed for 'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_EveryNameAndAliasOfTheTable_ResolvesToTheSamePerpetratorForGuidanceAndPk()
    {
        PerpetratorCatalogue guidance = PerpetratorCatalogue.LoadShipped();
        var names = guidance.Table.Perpetrators.SelectMany(p => p.Names.Select(n => (Entry: p, Name: n))).ToList();
        Assert.True(names.Count > guidance.Table.Perpetrators.Count, "the table has aliases");
        foreach (var (entry, name) in names)
        {
            foreach (string spelling in new[] { name, name.ToUpperInvariant(), "  " + name + " " })
            {
                Assert.Same(entry, guidance.Table.Find(spelling));
                Assert.Equal(entry.Name, guidance.Find(spelling)?.Name);
                Assert.Same(entry, guidance.EntryFor(guidance.Find(spelling)!));
            }
        }
    }

    [Theory]
    [InlineData("phenobarbitone", "phenobarbital")] // British name, once only in the PK list
    [InlineData("Neoral", "cyclosporine")] // brand name, once only in the PK list
    [InlineData("grapefruit", "grapefruit")] // once the guidance list's alias
    [InlineData("Grapefruit Juice", "grapefruit")] // once the guidance list's name
    [InlineData("St John\u2019s wort", "st john's wort")] // typographic apostrophe
    public void Find_AliasesTheTwoListsOnceDisagreedOn_ResolveToOneEntry(string name, string canonical)
    {
        PerpetratorCatalogue guidance = PerpetratorCatalogue.LoadShipped();
        Assert.Equal(canonical, guidance.Table.Find(name)?.Name);
        Assert.Equal(canonical, guidance.Find(name)?.Name);
    }
}
