namespace LamTrack.Pharmacokinetics.Models;

/// <summary>Finds model files: a path to a JSON file, or an id looked up in the models directory.</summary>
/// <remarks>
/// The models directory is, in order: the LAMTRACK_MODELS environment variable; the first directory named "models" that
/// contains "interactions.json", searching upwards from the current directory and then from the application's base directory.
/// </remarks>
public static class ModelCatalog
{
    /// <summary>The name of the interaction table file in the models directory.</summary>
    public const string InteractionsFileName = "interactions.json";

    /// <summary>Reads the model named by <paramref name="idOrPath"/>.</summary>
    /// <exception cref="ModelFileException">No such id or file, or the file is invalid.</exception>
    public static PopulationModel Resolve(string idOrPath)
    {
        ArgumentNullException.ThrowIfNull(idOrPath);
        if (File.Exists(idOrPath))
        {
            return ModelFileReader.ReadFile(idOrPath);
        }

        string? dir = FindModelsDirectory();
        string candidate = dir is null ? string.Empty : Path.Combine(dir, idOrPath + ".json");
        if (dir is null || !File.Exists(candidate))
        {
            string known = dir is null ? "no models directory found" : "known ids: " + string.Join(", ", KnownIds(dir));
            throw new ModelFileException(idOrPath, [$"no model file or model id '{idOrPath}' ({known})"]);
        }

        return ModelFileReader.ReadFile(candidate);
    }

    /// <summary>The ids of the models in <paramref name="directory"/>.</summary>
    public static IEnumerable<string> KnownIds(string directory) =>
        Directory.EnumerateFiles(directory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .Where(n => n != Path.GetFileNameWithoutExtension(InteractionsFileName)).Order(StringComparer.Ordinal);

    /// <summary>The models directory, or null when none is found.</summary>
    public static string? FindModelsDirectory()
    {
        string? env = Environment.GetEnvironmentVariable("LAMTRACK_MODELS");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
        {
            return env;
        }

        return SearchUp(Directory.GetCurrentDirectory()) ?? SearchUp(AppContext.BaseDirectory);
    }

    private static string? SearchUp(string start)
    {
        for (DirectoryInfo? d = new(start); d is not null; d = d.Parent)
        {
            string candidate = Path.Combine(d.FullName, "models");
            if (File.Exists(Path.Combine(candidate, InteractionsFileName)))
            {
                return candidate;
            }
        }

        return null;
    }
}
