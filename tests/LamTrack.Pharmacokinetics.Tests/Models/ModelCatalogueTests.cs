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
        // Files are read when first asked for: every shipped one must read and hold the model its name promises.
        Assert.All(catalogue.Ids, id => Assert.Equal(id, catalogue.Get(id).Id));
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
    public void Find_FileNamedAfterAnotherId_ThrowsNamingTheFileButOtherModelsRead()
    {
        string shipped = Path.Combine(AppContext.BaseDirectory, ModelCatalogue.ShippedDirectoryName);
        string dir = Directory.CreateTempSubdirectory("lamtrack-models-").FullName;
        try
        {
            File.Copy(Path.Combine(shipped, ModelCatalogue.InteractionsFileName), Path.Combine(dir, ModelCatalogue.InteractionsFileName));
            File.Copy(Path.Combine(shipped, "jiao-2009.json"), Path.Combine(dir, "jiao-2009.json"));
            File.Copy(Path.Combine(shipped, "jiao-2009.json"), Path.Combine(dir, "renamed.json"));
            ModelCatalogue catalogue = ModelCatalogue.Load(dir);

            var e = Assert.Throws<ModelFileException>(() => catalogue.Find("renamed"));

            Assert.EndsWith("renamed.json", e.File, StringComparison.Ordinal);
            Assert.Contains("'jiao-2009'", e.Message, StringComparison.Ordinal);
            Assert.Equal("jiao-2009", catalogue.Get("jiao-2009").Id);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Load_InvalidModelFile_IsReportedWhenThatModelIsFirstUsed()
    {
        string shipped = Path.Combine(AppContext.BaseDirectory, ModelCatalogue.ShippedDirectoryName);
        string dir = Directory.CreateTempSubdirectory("lamtrack-models-").FullName;
        try
        {
            File.Copy(Path.Combine(shipped, ModelCatalogue.InteractionsFileName), Path.Combine(dir, ModelCatalogue.InteractionsFileName));
            File.WriteAllText(Path.Combine(dir, "broken.json"), "{ \"id\": \"broken\" ");
            ModelCatalogue catalogue = ModelCatalogue.Load(dir);

            Assert.Equal(["broken"], catalogue.Ids);
            var e = Assert.Throws<ModelFileException>(() => catalogue.Get("broken"));
            Assert.EndsWith("broken.json", e.File, StringComparison.Ordinal);
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
