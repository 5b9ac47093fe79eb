using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Pharmacokinetics.Tests.Models;

public sealed class ModelCatalogueTests
{
    [Fact]
    public void LoadShipped_RepositoryModels_AreListedByIdWithTheInteractionTable()
    {
        ModelCatalogue catalogue = ModelCatalogue.LoadShipped();

        Assert.Equal(["golubovic-2019", "jiao-2009", "reference-1cmt", "reference-2cmt"], catalogue.Ids);
        Assert.Equal("jiao-2009", catalogue.Get("jiao-2009").Id);
        Assert.NotNull(catalogue.Interactions.Find("rifampicin"));
    }

    [Fact]
    public void Get_IdThatNamesAnExistingFile_IsNotReadAsAFile()
    {
        ModelCatalogue catalogue = ModelCatalogue.LoadShipped();
        string path = Path.Combine(AppContext.BaseDirectory, "models", "jiao-2009.json");
        Assert.True(File.Exists(path));

        var e = Assert.Throws<ModelFileException>(() => catalogue.Get(path));

        Assert.Contains("known ids: golubovic-2019, jiao-2009", e.Message, StringComparison.Ordinal);
        Assert.Null(catalogue.Find("../models/jiao-2009"));
    }

    [Fact]
    public void Load_DirectoryWithoutTable_ThrowsNamingTheTable()
    {
        string dir = Directory.CreateTempSubdirectory("lamtrack-models-").FullName;
        try
        {
            var e = Assert.Throws<ModelFileException>(() => ModelCatalogue.Load(dir));
            Assert.EndsWith(ModelCatalogue.InteractionsFileName, e.File, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Create_GivenModels_FindsThemByIdOnly()
    {
        ModelCatalogue shipped = ModelCatalogue.LoadShipped();
        ModelCatalogue one = ModelCatalogue.Create([shipped.Get("reference-1cmt")], shipped.Interactions);

        Assert.Equal(["reference-1cmt"], one.Ids);
        Assert.Null(one.Find("jiao-2009"));
    }

    [Fact]
    public void Resolve_LabelListedEntryWithoutFold_IsNotedAsNotModelledAndAppliesNoEffect()
    {
        InteractionTable table = ModelCatalogue.LoadShipped().Interactions;

        InteractionResolution r = table.Resolve([new CoMedicationPeriod("Fluconazole", 0, null)], 1000);

        InteractionNote note = Assert.Single(r.Notes);
        Assert.False(note.Perpetrator!.IsModelled);
        Assert.Contains("NOT modelled", note.Message, StringComparison.Ordinal);
        Assert.Equal(1.0, r.Clearance.MultiplierAt(500));
    }
}
