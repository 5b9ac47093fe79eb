using System.CommandLine;
using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Commands.Pk;

/// <summary><c>lamtrack pk</c>: sirolimus pharmacokinetics (simulate, estimate, population, dose).</summary>
public static class PkCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(CliContext context)
    {
        var pk = new Command("pk", "Sirolimus pharmacokinetics: predictions, MAP Bayesian estimates, Monte Carlo and dose proposals");
        pk.Subcommands.Add(PkSimulateCommand.Create(context));
        pk.Subcommands.Add(PkEstimateCommand.Create(context));
        pk.Subcommands.Add(PkPopulationCommand.Create(context));
        pk.Subcommands.Add(PkDoseCommand.Create(context));
        return pk;
    }

    /// <summary>The shared <c>--model ID|FILE</c> option.</summary>
    internal static Option<string> ModelOption() => new("--model")
    {
        Description = "Model id (jiao-2009, golubovic-2019, reference-1cmt, reference-2cmt) or a model JSON file",
        Required = true,
    };

    /// <summary>The shared <c>--interactions FILE</c> option.</summary>
    internal static Option<string?> InteractionsOption() => new("--interactions")
    {
        Description = "Perpetrator table JSON (default: models/interactions.json); edit it to change unverified numbers",
    };
}
