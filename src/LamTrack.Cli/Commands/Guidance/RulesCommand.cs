using System.CommandLine;
using System.Text.Json;
using LamTrack.Cli.Infrastructure;
using LamTrack.Guidance.Catalogue;
using LamTrack.Guidance.Settings;
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
        command.SetAction(parse => Run(context, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, bool asJson)
    {
        RuleCatalogue catalogue;
        try
        {
            catalogue = RuleCatalogue.LoadEmbedded();
        }
        catch (RuleCatalogueException ex)
        {
            GuidanceOutput.WriteProblems(context, "rule catalogue", ex.Problems);
            return ExitCodes.InvalidData;
        }

        GuidanceSettings settings = GuidanceSettings.Default;
        if (asJson)
        {
            context.Console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(new { rules = catalogue.Rules.Select(GuidanceJson.Rule), settings = settings.Describe().Select(GuidanceJson.Setting) }, GuidanceJson.Options));
            return ExitCodes.Ok;
        }

        context.Console.Write(RulesTable(catalogue));
        context.Console.Write(SettingsTable(settings));
        return ExitCodes.Ok;
    }

    private static Table RulesTable(RuleCatalogue catalogue)
    {
        var table = new Table().Title("Guidance rules").AddColumns("Id", "v", "Title", "Evidence", "Citation", "Domain");
        foreach (RuleMetadata r in catalogue.Rules)
        {
            table.AddRow(
                Markup.Escape(r.Id.ToString()),
                r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(r.Title),
                Markup.Escape($"{r.Strength} ({r.Confidence})"),
                Markup.Escape($"{r.Citation.Source}; {r.Citation.Locator} {r.Citation.Tag.Code()}"),
                Markup.Escape(r.Domain.Description));
        }

        return table;
    }

    private static Table SettingsTable(GuidanceSettings settings)
    {
        var table = new Table().Title("Settings (defaults)").AddColumns("Setting", "Value", "Tag", "Source", "Meaning");
        foreach (SettingInfo s in settings.Describe())
        {
            table.AddRow(Markup.Escape(s.Name), Markup.Escape(s.Value), Markup.Escape(s.Tag.Code()), Markup.Escape(s.Source), Markup.Escape(s.Meaning));
        }

        return table;
    }
}
