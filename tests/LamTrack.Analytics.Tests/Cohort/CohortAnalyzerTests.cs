using LamTrack.Analytics.Cohort;
using LamTrack.Testing;

namespace LamTrack.Analytics.Tests.Cohort;

public sealed class CohortAnalyzerTests
{
    [Fact]
    public void Analyze_BundledCaseSeries_MatchesTable1AndNarratives()
    {
        CohortAnalysis analysis = CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default);
        // Table 1: 23 episodes before sirolimus, 1 during (case 4, level 0.01 ng/mL); case 2's narrative: 3 after stopping.
        Assert.Equal(23, analysis.Pooled.Before.Episodes);
        Assert.Equal(1, analysis.Pooled.On.Episodes);
        Assert.Equal(3, analysis.Pooled.After.Episodes);
        Assert.Equal(0, analysis.Pooled.Interrupted.Episodes);
        Assert.Equal(3, analysis.Patients.Single(p => p.Id == "case-2").EpisodeCounts.After);
        Assert.Equal(1, analysis.Patients.Single(p => p.Id == "case-4").EpisodeCounts.On);
    }
}
