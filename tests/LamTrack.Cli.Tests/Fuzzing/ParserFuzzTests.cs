using LamTrack.Fuzz;
using LamTrack.Testing;

namespace LamTrack.Cli.Tests.Fuzzing;

/// <summary>The bounded CI fuzz campaign: every parser of a user's file, fed mutants of the committed seed corpus
/// (tools/LamTrack.Fuzz/corpus) for a few seconds each, returns a result or coded problems and never throws or hangs.
/// The long campaign (1,000,000 executions per parser) is the <c>tools/LamTrack.Fuzz</c> console tool; its figures are
/// in docs/reliability.md.</summary>
public sealed class ParserFuzzTests : IDisposable
{
    // About a minute in all: nine targets.
    private static readonly TimeSpan s_perTarget = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan s_perInput = TimeSpan.FromSeconds(5);

    private readonly string _scratch = Directory.CreateTempSubdirectory("lamtrack-fuzz-test-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    public static TheoryData<string> Targets => [.. FuzzTargets.All(Corpus, Path.GetTempPath()).Select(t => t.Name)];

    private static string Corpus => Path.Combine(CaseSeriesData.RepositoryRoot, "tools", "LamTrack.Fuzz", "corpus");

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task Parser_MutatedSeeds_NeverThrowsNorHangs(string name)
    {
        FuzzTarget target = FuzzTargets.All(Corpus, _scratch).Single(t => t.Name == name);

        FuzzCampaign.Result result = await FuzzCampaign.RunAsync(target, seed: 20261202, executions: long.MaxValue, s_perTarget, s_perInput);
        if (result.Executions <= target.Seeds.Count)
        {
            // On a loaded machine the first inputs' start-up (the FHIR SDK's, for the FHIR targets) can fill the whole
            // slot; one longer slot still has to reach past the seeds (seen once in CI: 8 executions in 6 s).
            result = await FuzzCampaign.RunAsync(target, seed: 20261202, executions: long.MaxValue, s_perTarget * 5, s_perInput);
        }

        Assert.True(result.Executions > target.Seeds.Count, $"{name}: only {result.Executions} executions");
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings.Select(f => $"{f.Kind} at execution {f.Execution}: {f.Detail}")));
    }

    [Fact]
    public async Task Campaign_ParserThatThrows_IsReportedAsACrash()
    {
        var target = new FuzzTarget("throws", [[1, 2, 3]], input => input.Length > 2 ? throw new InvalidOperationException("boom") : Task.CompletedTask);

        FuzzCampaign.Result result = await FuzzCampaign.RunAsync(target, seed: 1, executions: 50, TimeSpan.FromSeconds(5), s_perInput);

        Assert.Contains(result.Findings, f => f.Kind == "crash" && f.Detail.Contains("boom", StringComparison.Ordinal));
    }
}
