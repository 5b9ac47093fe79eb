using System.Globalization;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Problems;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Pk;

/// <summary>What the pk commands share: usage errors, the printing of problems, the model header and caveats, and numbers in CSV.</summary>
internal static class PkInputs
{
    public static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs <paramref name="action"/>, turning a wrong option value into a usage line and exit code 2 (no stack trace),
    /// and a file that cannot be read into its message and exit code 1.</summary>
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
            // Only option values are parsed here (a target window, a number); data files are read by the services.
            return Usage(context, e.Message);
        }
        catch (ArgumentException e)
        {
            // Option values (a dose) are checked by their types' own guards: a usage error, as in every other command,
            // worded without .NET's "(Parameter 'x')" suffix.
            return Usage(context, e.Message.Split(" (Parameter '", 2)[0]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(context, e.Message);
        }
    }

    /// <summary>Prints the problems of a failed request: a wrong option value (<c>PK-003</c>, <c>PK-008</c>) as a usage error
    /// (exit 2), anything else as the service words it (exit 1).</summary>
    public static int Failed(CliContext context, IReadOnlyList<Problem> problems)
    {
        if (problems.FirstOrDefault(IsUsage) is { } usage)
        {
            return Usage(context, usage.ToString());
        }

        foreach (Problem problem in problems)
        {
            context.Error.WriteLine(problem.Code == PharmacokineticsProblemCodes.InvalidData
                ? problem + Environment.NewLine + "Nothing was estimated or written."
                : problem.ToString());
        }

        return ExitCodes.InvalidData;
    }

    public static string Number(double v) => double.IsFinite(v) ? v.ToString("G10", Inv) : string.Empty;

    public static string Number(double? v) => v is double value ? Number(value) : string.Empty;

    /// <summary>Prints the model's citation and off-population status.</summary>
    public static void PrintModelHeader(CliContext context, PkModelSummary model)
    {
        context.Error.WriteLine($"model {model.Id}: {model.Reference} {model.Verification}");
        if (!model.IsLamPopulation)
        {
            context.Error.WriteLine($"  off-population prior: estimated in {model.PopulationDescription}");
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

    private static bool IsUsage(Problem problem) =>
        problem.Code is PharmacokineticsProblemCodes.InvalidTargetWindow or PharmacokineticsProblemCodes.InvalidRequest;

    private static int Usage(CliContext context, string message)
    {
        context.Error.WriteLine($"usage: {message}");
        context.Error.WriteLine("Run 'lamtrack pk --help' for the commands and their options.");
        return ExitCodes.Usage;
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine(message);
        return ExitCodes.InvalidData;
    }
}
