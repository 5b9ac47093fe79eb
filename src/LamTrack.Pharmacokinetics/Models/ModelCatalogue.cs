using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The population models and the interaction table the engine may use, read from a models directory.</summary>
/// <remarks>
/// A directory's files are listed at once and each is parsed when it is first asked for, then kept: a command that
/// uses one model does not pay for parsing the others at start-up. A model file is named after its id
/// (<c>jiao-2009.json</c> holds the model <c>jiao-2009</c>), so the id list needs no parse.
/// 
/// The shipped catalogue is the repository's <c>models/</c> directory, copied next to the binaries at build time
/// (<see cref="LoadShipped"/>). A model is chosen by its id only: an id never names a file, so a caller cannot make the
/// engine read a file of its choosing. Reading a model from a path is the separate <see cref="ModelFileReader.ReadFile"/>,
/// meant for a command line run by the user on their own files.
/// </remarks>
public sealed class ModelCatalogue
{
    /// <summary>The name of the interaction table file in a models directory.</summary>
    public const string InteractionsFileName = "interactions.json";

    /// <summary>The name of the models directory next to the binaries.</summary>
    public const string ShippedDirectoryName = "models";

    private readonly Dictionary<string, Lazy<PopulationModel>> _models;
    private readonly Lazy<InteractionTable> _interactions;

    private ModelCatalogue(Dictionary<string, Lazy<PopulationModel>> models, Lazy<InteractionTable> interactions)
    {
        _models = models;
        _interactions = interactions;
    }

    /// <summary>The interaction table.</summary>
    /// <exception cref="ModelFileException">The table file, read at first use, is invalid.</exception>
    public InteractionTable Interactions => _interactions.Value;

    /// <summary>The model ids, in ordinal order.</summary>
    public IReadOnlyList<string> Ids => [.. _models.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Creates a catalogue from models already read (for tests and hosts that keep models elsewhere).</summary>
    public static ModelCatalogue Create(IEnumerable<PopulationModel> models, InteractionTable interactions)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(interactions);
        return new ModelCatalogue(
            models.ToDictionary(m => m.Id, m => new Lazy<PopulationModel>(m), StringComparer.Ordinal), new Lazy<InteractionTable>(interactions));
    }

    /// <summary>Lists the model files and the interaction table of <paramref name="directory"/>; each file is read
    /// when it is first used.</summary>
    /// <exception cref="ModelFileException">The table is missing. A model file that is invalid, or whose id is not its
    /// file name, throws when that model is first asked for; the table, when it is first used.</exception>
    public static ModelCatalogue Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string table = Path.Combine(directory, InteractionsFileName);
        if (!File.Exists(table))
        {
            throw new ModelFileException(table, ["the models directory has no interaction table"]);
        }

        Dictionary<string, Lazy<PopulationModel>> models = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), InteractionsFileName, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => new Lazy<PopulationModel>(() => ReadNamedFile(f)), StringComparer.Ordinal);
        return new ModelCatalogue(models, new Lazy<InteractionTable>(() => InteractionTable.ReadFile(table)));
    }

    // The id list comes from the file names, so a file must hold the model its name promises.
    private static PopulationModel ReadNamedFile(string path)
    {
        PopulationModel model = ModelFileReader.ReadFile(path);
        string expected = Path.GetFileNameWithoutExtension(path);
        return string.Equals(model.Id, expected, StringComparison.Ordinal)
            ? model
            : throw new ModelFileException(path, [$"the file holds the model '{model.Id}'; a catalogue file is named after its model's id ('{model.Id}.json')"]);
    }

    /// <summary>Loads the catalogue shipped next to the binaries.</summary>
    /// <exception cref="ModelFileException">The shipped directory is missing or a file is invalid.</exception>
    public static ModelCatalogue LoadShipped() => Load(Path.Combine(AppContext.BaseDirectory, ShippedDirectoryName));

    /// <summary>The model with <paramref name="id"/>, or null when the catalogue has none.</summary>
    /// <exception cref="ModelFileException">The model's file, read at first use, is invalid.</exception>
    public PopulationModel? Find(string id) => _models.GetValueOrDefault(id ?? string.Empty)?.Value;

    /// <summary>The model with <paramref name="id"/>.</summary>
    /// <exception cref="ModelFileException">No model has that id; the message lists the known ids.</exception>
    public PopulationModel Get(string id) =>
        Find(id) ?? throw new ModelFileException(id ?? string.Empty, [$"no model with id '{id}' (known ids: {string.Join(", ", Ids)})"]);
}
