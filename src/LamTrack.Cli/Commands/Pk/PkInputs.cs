using System.Globalization;
using System.Text;
using LamTrack.Cli.Infrastructure;
using LamTrack.Pharmacokinetics.Data;
using LamTrack.Pharmacokinetics.Interactions;
using LamTrack.Pharmacokinetics.Models;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>Loading of models, data and the interaction table for the pk commands, with errors printed as the house style asks.</summary>
internal static class PkInputs
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs <paramref name="action"/>, turning bad-input exceptions into printed problems and exit code 1 (no stack trace).</summary>
    public static int Guarded(CliContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ModelFileException e)
        {
            return Fail(context, e.Message);
        }
        catch (DataFileException e)
        {
            return Fail(context, e.Message + Environment.NewLine + "Nothing was estimated or written.");
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Fail(context, e.Message);
        }
    }

    /// <summary>Runs <paramref name="action"/> like <see cref="Guarded"/>, for an asynchronous command.</summary>
    public static async Task<int> GuardedAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Fail(context, e.Message);
        }
    }

    public static InteractionTable Interactions(string? path)
    {
        if (path is not null)
        {
            return InteractionTable.ReadFile(path);
        }

        return ModelCatalogue.LoadShipped().Interactions;
    }

    /// <summary>The model named by <paramref name="idOrPath"/>: a file the user names on the command line, else a shipped model id.</summary>
    public static PopulationModel Model(string idOrPath) =>
        File.Exists(idOrPath) ? ModelFileReader.ReadFile(idOrPath) : ModelCatalogue.LoadShipped().Get(idOrPath);

    /// <summary>Writes <paramref name="text"/> to a temporary file next to <paramref name="path"/> and moves it into place, so no half-written file is left.</summary>
    public static void WriteAtomically(string path, string text)
    {
        string full = Path.GetFullPath(path);
        string temp = full + ".tmp-" + Environment.ProcessId.ToString(Inv);
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, full, overwrite: true);
    }

    public static string Number(double v) => double.IsFinite(v) ? v.ToString("G10", Inv) : string.Empty;

    /// <summary>Prints the model's citation, off-population status and every assumption.</summary>
    public static void PrintModelHeader(CliContext context, PopulationModel model)
    {
        context.Error.WriteLine($"model {model.Id}: {model.Citation.Reference} {model.Citation.Verification}");
        if (!model.Population.IsLamPopulation)
        {
            context.Error.WriteLine($"  off-population prior: estimated in {model.Population.Description}");
        }
    }

    public static void PrintCaveats(CliContext context, string subject, IEnumerable<string> caveats)
    {
        foreach (string caveat in caveats.Distinct(StringComparer.Ordinal))
        {
            context.Error.WriteLine($"  {subject}: {caveat}");
        }
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine(message);
        return ExitCodes.InvalidData;
    }
}
