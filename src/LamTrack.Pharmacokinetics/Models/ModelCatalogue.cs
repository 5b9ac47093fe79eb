using LamTrack.Pharmacokinetics.Interactions;

namespace LamTrack.Pharmacokinetics.Models;

/// <summary>The population models and the interaction table the engine may use, loaded once from a models directory.</summary>
/// <remarks>
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

    private readonly Dictionary<string, PopulationModel> _models;

    private ModelCatalogue(Dictionary<string, PopulationModel> models, InteractionTable interactions)
    {
        _models = models;
        Interactions = interactions;
    }

    /// <summary>The interaction table.</summary>
    public InteractionTable Interactions { get; }

    /// <summary>The model ids, in ordinal order.</summary>
    public IReadOnlyList<string> Ids => [.. _models.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Creates a catalogue from models already read (for tests and hosts that keep models elsewhere).</summary>
    public static ModelCatalogue Create(IEnumerable<PopulationModel> models, InteractionTable interactions)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(interactions);
        return new ModelCatalogue(models.ToDictionary(m => m.Id, StringComparer.Ordinal), interactions);
    }

    /// <summary>Loads every model file and the interaction table of <paramref name="directory"/>.</summary>
    /// <exception cref="ModelFileException">The directory or the table is missing, or a file is invalid.</exception>
    public static ModelCatalogue Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string table = Path.Combine(directory, InteractionsFileName);
        if (!File.Exists(table))
        {
            throw new ModelFileException(table, ["the models directory has no interaction table"]);
        }

        PopulationModel[] models = [.. Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), InteractionsFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).Select(ModelFileReader.ReadFile)];
        return Create(models, InteractionTable.ReadFile(table));
    }

    /// <summary>Loads the catalogue shipped next to the binaries.</summary>
    /// <exception cref="ModelFileException">The shipped directory is missing or a file is invalid.</exception>
    public static ModelCatalogue LoadShipped() => Load(Path.Combine(AppContext.BaseDirectory, ShippedDirectoryName));

    /// <summary>The model with <paramref name="id"/>, or null when the catalogue has none.</summary>
    public PopulationModel? Find(string id) => _models.GetValueOrDefault(id ?? string.Empty);

    /// <summary>The model with <paramref name="id"/>.</summary>
    /// <exception cref="ModelFileException">No model has that id; the message lists the known ids.</exception>
    public PopulationModel Get(string id) =>
        Find(id) ?? throw new ModelFileException(id ?? string.Empty, [$"no model with id '{id}' (known ids: {string.Join(", ", Ids)})"]);
}
