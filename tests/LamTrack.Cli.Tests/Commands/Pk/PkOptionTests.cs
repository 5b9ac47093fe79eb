using LamTrack.Cli.Infrastructure;

namespace LamTrack.Cli.Tests.Commands.Pk;

/// <summary>The robustness issue's pk examples: bad option values exit 2 with a usage line and no .NET wording, options
/// that would be ignored are errors, runs past the limits are refused, a negative DV is an error, and a caveat shared by
/// many IDs is printed once with a count.</summary>
public sealed class PkOptionTests
{
    private static readonly string[] s_population = ["pk", "population", "--model", "reference-1cmt", "--dose", "2", "--n", "200"];

    [Theory]
    [InlineData("--days", "100000000", "dosing intervals requested")] // used to allocate until out of memory
    [InlineData("--covariate", "FOO=1", "has no such covariate")] // used to be ignored
    [InlineData("--report-days", "7,400", "--report-days '400'")] // used to be dropped silently
    [InlineData("--target", "15-5", "target window '15-5'")] // exited 1
    [InlineData("--interval", "-24", "--interval -24")] // exited 1
    public void Population_BadOptionValue_ExitsTwoWithAUsageLine(string option, string value, string expected)
    {
        CliRun run = CliRun.Invoke([.. s_population, option, value]);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("usage: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Population_ValidOptions_ExitsZero()
    {
        CliRun run = CliRun.Invoke([.. s_population, "--days", "28", "--report-days", "7,28"]);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
    }

    [Fact]
    public void Estimate_NegativeConcentration_ExitsOneNamingLineAndField()
    {
        using var dir = new TemporaryDirectory();
        string data = dir.Write("data.csv", "ID,TIME,AMT,EVID,CMT,II,ADDL,SS,DV,MDV,LLOQ,AGE\n1,0,2,1,1,24,13,0,.,1,.,40\n1,168,.,0,.,.,.,.,-4.1,0,.,40\n");

        CliRun run = CliRun.Invoke("pk", "estimate", "--model", "reference-1cmt", "--data", data, "--out", dir.File("out.csv"));

        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("line 3, field DV", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.csv")));
    }

    [Fact]
    public void Estimate_ManyIdsWithOneCaveat_PrintsItOnceWithTheCount()
    {
        using var dir = new TemporaryDirectory();
        var csv = new System.Text.StringBuilder("ID,TIME,AMT,EVID,CMT,II,ADDL,SS,DV,MDV,LLOQ,AGE,WT\n");
        for (int id = 1; id <= 30; id++)
        {
            csv.Append(id).Append(",0,2,1,1,24,13,0,.,1,.,40,60\n").Append(id).Append(",168,.,0,.,.,.,.,4.1,0,.,40,60\n");
        }

        CliRun run = CliRun.Invoke("pk", "estimate", "--model", "jiao-2009", "--data", dir.Write("data.csv", csv.ToString()), "--out", dir.File("out.csv"));

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Error);
        string[] cholesterol = [.. run.Error.Split('\n').Where(l => l.Contains("total cholesterol not recorded", StringComparison.Ordinal))];
        Assert.Single(cholesterol);
        Assert.Contains("30 subjects (ID 1, ID 2, ID 3, ID 4, ID 5, …)", cholesterol[0], StringComparison.Ordinal);
    }
}
