using System.Text.Json;

namespace LamTrack.Cli.Guidance.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_Json_ListsEveryRuleWithCitationTagAndDomain()
    {
        CliRun run = CliRun.Of("rules", "--json");
        Assert.Equal(0, run.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(run.Out);
        JsonElement rules = doc.RootElement.GetProperty("rules");
        Assert.Equal(31, rules.GetArrayLength());
        JsonElement first = rules[0];
        Assert.Equal("LAM-DX-001", first.GetProperty("ruleId").GetString());
        Assert.Equal("[P]", first.GetProperty("citation").GetProperty("tag").GetString());
        Assert.True(first.GetProperty("domain").GetProperty("femaleOnly").GetBoolean());
        Assert.Equal(19, doc.RootElement.GetProperty("settings").GetArrayLength());
    }

    [Fact]
    public void Rules_Text_PrintsIdsAndSettings()
    {
        CliRun run = CliRun.Of("rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("LAM-TRO-002", run.Out, StringComparison.Ordinal);
        Assert.Contains("veryLowTroughNanogramsPerMillilitre", run.Out, StringComparison.Ordinal);
    }
}
