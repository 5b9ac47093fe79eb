using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LamTrack.Application.Guidance;
using LamTrack.Cli.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary><c>lamtrack rules [--json]</c>: lists the guidance rule catalogue and the settings with their defaults and sources.</summary>
public static class RulesCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var json = new Option<bool>("--json") { Description = "Print the catalogue and settings as JSON." };
        var command = new Command("rules", "List the guidance rules: id, version, title, citation with verification tag, strength of evidence, validity domain.");
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(json), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, bool asJson, CancellationToken cancellationToken)
    {
        RuleCatalogueService service = context.Services.GetRequiredService<RuleCatalogueService>();
        RuleCatalogueOutcome outcome = await service.DescribeAsync(cancellationToken).ConfigureAwait(false);
        if (outcome.Catalogue is not RuleCatalogueDocument catalogue)
        {
            GuidanceOutput.WriteProblems(context, outcome.Problems, "rule catalogue");
            return ExitCodes.InvalidData;
        }

        if (asJson)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(catalogue, GuidanceJson.Options));
            return ExitCodes.Ok;
        }

        context.Console.Write(RulesTable(catalogue));
        context.Console.Write(SettingsTable(catalogue));
        return ExitCodes.Ok;
    }

    private static Table RulesTable(RuleCatalogueDocument catalogue)
    {
        var table = new Table().Title("Guidance rules").AddColumns("Id", "v", "Title", "Evidence", "Citation", "Domain");
        foreach (RuleDocument r in catalogue.Rules)
        {
            table.AddRow(
                Markup.Escape(r.RuleId),
                r.Version.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(r.Title),
                Markup.Escape($"{r.Strength} ({r.Confidence})"),
                Markup.Escape($"{r.Citation.Source}; {r.Citation.Locator} {r.Citation.Tag}"),
                Markup.Escape(r.Domain.Description));
        }

        return table;
    }

    private static Table SettingsTable(RuleCatalogueDocument catalogue)
    {
        var table = new Table().Title("Settings (defaults)").AddColumns("Setting", "Value", "Tag", "Source", "Meaning");
        foreach (SettingDocument s in catalogue.Settings)
        {
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(s.Value), Markup.Escape(s.Tag), Markup.Escape(s.Source), Markup.Escape(s.Meaning));
        }

        return table;
    }
}
