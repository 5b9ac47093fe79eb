using LamTrack.Application.Problems;
using LamTrack.Application.Statistics;
using LamTrack.Statistics.Survival;
using Microsoft.Extensions.Logging.Abstractions;

namespace LamTrack.Application.Tests.Statistics;

public sealed class KaplanMeierServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-km-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task FitAsync_ValidFile_WritesTheTableAndGivesTheCurve()
    {
        string input = Write("time,status\n1,1\n2,0\n3,1\n4,1\n");

        KaplanMeierResult result = await Service().FitAsync(new KaplanMeierRequest(input, Path.Combine(_folder, "km.csv"), new KaplanMeierOptions()), CancellationToken.None);

        Assert.Empty(result.Problems);
        Assert.Equal((4, 3), (result.Curve!.SubjectCount, result.Curve.EventCount));
        Assert.StartsWith("time,n_risk,n_event,n_censor,surv,std_err,lower95,upper95", File.ReadAllText(Path.Combine(_folder, "km.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FitAsync_BadStatus_ReportsApp007AndWritesNothing()
    {
        string input = Write("time,status\n1,1\n2,7\n");

        KaplanMeierResult result = await Service().FitAsync(new KaplanMeierRequest(input, Path.Combine(_folder, "km.csv"), new KaplanMeierOptions()), CancellationToken.None);

        Assert.Null(result.Curve);
        Assert.Equal(ApplicationProblemCodes.InvalidSurvivalData, Assert.Single(result.Problems).Code);
        Assert.False(File.Exists(Path.Combine(_folder, "km.csv")));
    }

    [Fact]
    public async Task FitAsync_MissingInput_ReportsApp006()
    {
        KaplanMeierResult result = await Service().FitAsync(new KaplanMeierRequest(Path.Combine(_folder, "none.csv"), Path.Combine(_folder, "km.csv"), new KaplanMeierOptions()), CancellationToken.None);

        Assert.Equal(ApplicationProblemCodes.InputNotFound, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task FitAsync_OutputFolderMissing_ReportsApp008()
    {
        string input = Write("time,status\n1,1\n");

        KaplanMeierResult result = await Service().FitAsync(new KaplanMeierRequest(input, Path.Combine(_folder, "no", "km.csv"), new KaplanMeierOptions()), CancellationToken.None);

        Assert.Equal(ApplicationProblemCodes.OutputFolderMissing, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public async Task FitAsync_NamedLogLogInterval_SummarisesCountsAndMedian()
    {
        string input = Write("time,status\n1,1\n2,1\n3,1\n4,0\n");

        KaplanMeierResult result = await Service().FitAsync(KaplanMeierRequest.Create(input, Path.Combine(_folder, "km.csv"), "log-log", 0.9), CancellationToken.None);

        KaplanMeierSummary summary = Assert.IsType<KaplanMeierSummary>(result.Summary);
        Assert.Equal((4, 3, 4), (summary.SubjectCount, summary.EventCount, summary.DistinctTimes));
        // S is exactly 0.5 on [2, 3), so the median is the midpoint 2.5, as R's survfit gives it.
        Assert.Equal(2.5, summary.MedianTime);
        Assert.Equal(0.9, summary.ConfidenceLevel);
        Assert.Equal(ConfidenceIntervalType.LogLog, result.Curve!.Options.IntervalType);
        Assert.StartsWith("time,n_risk,n_event,n_censor,surv,std_err,lower90,upper90", File.ReadAllText(Path.Combine(_folder, "km.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownIntervalType_Throws() =>
        Assert.Throws<ArgumentException>(() => KaplanMeierRequest.Create("in.csv", "out.csv", "arcsine", 0.95));

    [Fact]
    public async Task FitAsync_Refused_HasNoSummary()
    {
        KaplanMeierResult result = await Service().FitAsync(KaplanMeierRequest.Create(Path.Combine(_folder, "none.csv"), Path.Combine(_folder, "km.csv"), "log", 0.95), CancellationToken.None);

        Assert.Null(result.Summary);
    }

    private static KaplanMeierService Service() => new(NullLogger<KaplanMeierService>.Instance);

    private string Write(string text)
    {
        string path = Path.Combine(_folder, "input.csv");
        File.WriteAllText(path, text);
        return path;
    }
}
