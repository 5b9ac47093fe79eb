using System.Globalization;
using LamTrack.Cli.Infrastructure;
using LamTrack.Testing;

namespace LamTrack.Cli.Tests.Commands.Stats;

public sealed class KaplanMeierCommandTests
{
    // The small10 case of tools/r/km_fixtures.R (tests/LamTrack.Statistics.Tests/Fixtures/km_small10_*.csv): 10 subjects, ties, S falls to 0 at t = 8.
    private const string Small10 = "time,status\n1,1\n2,1\n2,0\n3,1\n4,1\n4,1\n5,0\n6,1\n7,0\n8,1\n";

    [Fact]
    public void Run_ReferenceCase_WritesSurvfitTable()
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("stats", "km", "--input", dir.Write("in.csv", Small10), "--out", dir.File("out.csv"));
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("out.csv"));
        Assert.Equal("time,n_risk,n_event,n_censor,surv,std_err,lower95,upper95", lines[0]);
        Assert.Equal(9, lines.Length);
        string[] row4 = lines[4].Split(',');
        Assert.Equal(["4", "6", "2", "0"], row4[..4]);
        // R: surv 0.457142857, std.err 0.36351459, log CI 0.2241959476 to 0.9321292115 (tools/r/km_fixtures.R).
        Tolerance.AssertClose(0.4571428571428571, Parse(row4[4]), 1e-12);
        Tolerance.AssertClose(0.36351458999998493, Parse(row4[5]), 1e-12);
        Tolerance.AssertClose(0.22419594758566927, Parse(row4[6]), 1e-12);
        Tolerance.AssertClose(0.93212921146525085, Parse(row4[7]), 1e-12);
        Assert.Equal("8,1,1,0,0,Inf,NA,NA", lines[8]);
        Assert.Contains("Median 4", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_LogLogAndColumnsInOtherOrder_UsesLogLogLimits()
    {
        using var dir = new TemporaryDirectory();
        string input = dir.Write("in.csv", "id,status,time\na,1,1\nb,1,2\nc,0,2\nd,1,3\n");
        CliRun run = CliRun.Invoke("stats", "km", "--input", input, "--out", dir.File("out.csv"), "--conf-type", "log-log", "--conf-level", "0.9");
        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        string[] lines = File.ReadAllLines(dir.File("out.csv"));
        Assert.Equal("time,n_risk,n_event,n_censor,surv,std_err,lower90,upper90", lines[0]);
        // R 4.2.2, survival 3.5.3: survfit(Surv(c(1,2,2,3), c(1,1,0,1)) ~ 1, conf.type = "log-log", conf.int = 0.9)
        // gives lower 0.22340897368138835 and upper 0.94627698693516082 at t = 1.
        string[] first = lines[1].Split(',');
        Tolerance.AssertClose(0.75, Parse(first[4]), 1e-15);
        Tolerance.AssertClose(0.22340897368138835, Parse(first[6]), 1e-12);
        Tolerance.AssertClose(0.94627698693516082, Parse(first[7]), 1e-12);
    }

    [Theory]
    [InlineData("time,status\n1,1\n-2,0\n", "in.csv:3", "negative")] // a negative time, on data line 3
    [InlineData("time,status\n1,1\n2,2\n", "in.csv:3", "'status'")] // a status that is neither 0 nor 1
    [InlineData("time,status\n1,1\nabc,0\n", "in.csv:3", "'time'")] // a time that is not a number
    [InlineData("time,status\n1,1\n2\n", "in.csv:3", "field(s)")] // a row missing its status field
    [InlineData("time,event\n1,1\n", "in.csv:1", "missing column 'status'")] // the status column is missing
    [InlineData("status\n1\n", "in.csv:1", "missing column 'time'")] // the time column is missing
    [InlineData("time,status\n", "in.csv", "no data rows")] // a header without data
    public void Run_InvalidInput_ExitsOneNamesLineAndWritesNothing(string content, string location, string reason)
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("stats", "km", "--input", dir.Write("in.csv", content), "--out", dir.File("out.csv"));
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains(location, run.Error, StringComparison.Ordinal);
        Assert.Contains(reason, run.Error, StringComparison.Ordinal);
        Assert.Equal([dir.File("in.csv")], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Run_InvalidInput_KeepsExistingOutputUntouched()
    {
        using var dir = new TemporaryDirectory();
        string previous = dir.Write("out.csv", "previous results\n");
        CliRun run = CliRun.Invoke("stats", "km", "--input", dir.Write("in.csv", "time,status\n1,7\n"), "--out", previous);
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Equal("previous results\n", File.ReadAllText(previous));
    }

    [Fact]
    public void Run_MissingInputFile_ExitsOne()
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("stats", "km", "--input", dir.File("absent.csv"), "--out", dir.File("out.csv"));
        Assert.Equal(ExitCodes.InvalidData, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--conf-type", "logit")] // not one of log, log-log, plain
    [InlineData("--conf-level", "1.5")] // a level outside (0, 1)
    public void Run_BadOption_ExitsTwo(string option, string value)
    {
        using var dir = new TemporaryDirectory();
        CliRun run = CliRun.Invoke("stats", "km", "--input", dir.Write("in.csv", Small10), "--out", dir.File("out.csv"), option, value);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
