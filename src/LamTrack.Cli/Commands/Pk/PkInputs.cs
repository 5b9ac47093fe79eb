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
        catch (PkUsageException e)
        {
            return Usage(context, e.Message);
        }
        catch (FormatException e)
        {
            // Only option values are parsed here (a target window, a number); data files throw their own exceptions.
            return Usage(context, e.Message);
        }
        catch (ArgumentException e)
        {
            // Option values (a target window, a dose) are checked by the engine's own guards: a usage error, as in
            // every other command, worded without .NET's "(Parameter 'x')" suffix.
            return Usage(context, e.Message.Split(" (Parameter '", 2)[0]);
        }
        catch (ModelFileException e)
        {
            return Fail(context, e.Message);
        }
        catch (DataFileException e)
        {
            return Fail(context, e.Message + Environment.NewLine + "Nothing was estimated or written.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
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
        catch (PkUsageException e)
        {
            return Usage(context, e.Message);
        }
        catch (FormatException e)
        {
            return Usage(context, e.Message);
        }
        catch (ArgumentException e)
        {
            return Usage(context, e.Message.Split(" (Parameter '", 2)[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(context, e.Message);
        }
    }

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine($"usage: {message}");
        context.Error.WriteLine("Run 'lamtrack pk --help' for the commands and their options.");
        return ExitCodes.Usage;
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

    /// <summary>Prints each distinct caveat once, with how many subjects it concerns and the first few of them: 10⁶ IDs
    /// with one caveat used to print it 10⁶ times.</summary>
    public static void PrintCaveatsOnce(CliContext context, IEnumerable<(string Subject, IEnumerable<string> Caveats)> bySubject)
    {
        const int Named = 5;
        var subjects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach ((string subject, IEnumerable<string> caveats) in bySubject)
        {
            foreach (string caveat in caveats.Distinct(StringComparer.Ordinal))
            {
                (subjects.TryGetValue(caveat, out List<string>? list) ? list : subjects[caveat] = []).Add(subject);
            }
        }

        foreach ((string caveat, List<string> list) in subjects)
        {
            string who = list.Count == 1 ? list[0] : $"{list.Count:N0} subjects ({string.Join(", ", list.Take(Named))}{(list.Count > Named ? ", …" : string.Empty)})";
            context.Error.WriteLine($"  {who}: {caveat}");
        }
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine(message);
        return ExitCodes.InvalidData;
    }
}
