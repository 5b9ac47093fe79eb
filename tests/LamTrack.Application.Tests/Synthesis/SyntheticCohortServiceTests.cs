using LamTrack.Application.Problems;
using LamTrack.Application.Progress;
using LamTrack.Application.Synthesis;
using LamTrack.PatientFiles;
using Microsoft.Extensions.Logging.Abstractions;

namespace LamTrack.Application.Tests.Synthesis;

public sealed class SyntheticCohortServiceTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lamtrack-synth-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Generate_SameSeed_WritesTheSameValidCohortAndReportsEveryPatient()
    {
        string first = Path.Combine(_folder, "a.jsonl");
        string second = Path.Combine(_folder, "b.jsonl");
        int reported = 0;

        IReadOnlyList<Problem> problems = Service().Generate(new SyntheticCohortRequest(2500, 7, first, SyntheticCohortSettings.Defaults),
            new SynchronousProgress<int>(n => reported += n), CancellationToken.None);
        Service().Generate(new SyntheticCohortRequest(2500, 7, second, SyntheticCohortSettings.Defaults), null, CancellationToken.None);

        Assert.Empty(problems);
        Assert.Equal(2500, reported);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Equal(2500, PatientFileLoader.Load(first).Patients.Count);
    }

    [Fact]
    public void Generate_OtherSettings_ChangeTheCohort()
    {
        string usual = Path.Combine(_folder, "a.jsonl");
        string frequent = Path.Combine(_folder, "b.jsonl");

        Service().Generate(new SyntheticCohortRequest(50, 7, usual, SyntheticCohortSettings.Defaults), null, CancellationToken.None);
        Service().Generate(new SyntheticCohortRequest(50, 7, frequent, SyntheticCohortSettings.Defaults with { UntreatedRatePerYear = 6 }), null, CancellationToken.None);

        Assert.NotEqual(File.ReadAllText(usual), File.ReadAllText(frequent));
        Assert.Contains("untreated rate 6/person-year", (SyntheticCohortSettings.Defaults with { UntreatedRatePerYear = 6 }).Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_MissingFolder_ReportsApp008AndWritesNothing()
    {
        IReadOnlyList<Problem> problems = Service().Generate(new SyntheticCohortRequest(5, 1, Path.Combine(_folder, "no", "c.jsonl"), SyntheticCohortSettings.Defaults), null, CancellationToken.None);

        Assert.Equal(ApplicationProblemCodes.OutputFolderMissing, Assert.Single(problems).Code);
        Assert.False(Directory.Exists(Path.Combine(_folder, "no")));
    }

    [Fact]
    public void Generate_Cancelled_LeavesNoFile()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string path = Path.Combine(_folder, "c.jsonl");

        Assert.Throws<OperationCanceledException>(() => Service().Generate(new SyntheticCohortRequest(5000, 1, path, SyntheticCohortSettings.Defaults), null, cancelled.Token));

        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    private static SyntheticCohortService Service() => new(NullLogger<SyntheticCohortService>.Instance);
}
