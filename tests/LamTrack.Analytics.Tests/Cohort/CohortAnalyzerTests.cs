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
        Assert.Equal(5, analysis.PatientCount);
        Assert.Equal(3, PatientAnalyzer.Analyze(BundledCases.Case(2), AnalysisOptions.Default).EpisodeCounts.After);
        Assert.Equal(1, PatientAnalyzer.Analyze(BundledCases.Case(4), AnalysisOptions.Default).EpisodeCounts.On);
    }

    [Fact]
    public void Analyze_Case4_RecurrenceOnTreatmentFollowsUndetectableTrough()
    {
        PatientAnalysis case4 = PatientAnalyzer.Analyze(BundledCases.Case(4), AnalysisOptions.Default);
        var trough = Assert.Single(case4.TroughsAtRecurrence);
        // Case 4's narrative: the pneumothorax of June 2016 came with a level of 0.01 ng/mL measured at that admission.
        Assert.Equal("0.01 ng/mL", trough.Result);
        Assert.Equal(0, trough.DaysBefore);
        Assert.Equal(1, case4.Bands.Single(b => b.Band.Name == "undetectable").Episodes);
        Assert.Equal(0, case4.Bands.Single(b => b.Band.Name == "3-10").Episodes);
    }

    [Fact]
    public void Analyze_ExcludingIndexEpisodes_DropsOnePerPatientBeforeSirolimus()
    {
        CohortAnalysis analysis = CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default with { CountIndexEpisode = false });
        Assert.Equal(23 - 5, analysis.Pooled.Before.Episodes);
    }

    [Fact]
    public void Analyze_BundledCaseSeries_RatioAndPairedTestAgreeWithTheEngine()
    {
        CohortAnalysis analysis = CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default);
        var expected = Statistics.Rates.ExactPoisson.RateRatio(1, analysis.Pooled.On.PersonYears, 23, analysis.Pooled.Before.PersonYears);
        Assert.Equal(expected.Interval, analysis.RateRatioOnVsBefore!.Interval);
        // Every patient's rate fell on sirolimus: V = 15 of a possible 15, exact two-sided p = 2/32.
        Assert.Equal(15, analysis.PairedBeforeVsOn!.Statistic);
        Tolerance.AssertClose(0.0625, analysis.PairedBeforeVsOn.PValue, 1e-12);
        Assert.Equal((1, 5), analysis.RecurrenceOnTreatment);
        Assert.Equal(2, analysis.KaplanMeierIntentionToTreat!.EventCount);
        Assert.Equal(1, analysis.KaplanMeierOnTreatment!.EventCount);
    }

    [Fact]
    public void Analyze_UnknownTargetBand_Throws() =>
        Assert.Throws<InvalidOperationException>(() => CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default with { TargetBand = "none" }));

    [Fact]
    public void Summarize_PatientsAnalysedOneByOne_EqualsAnalyzingTheCohort()
    {
        CohortAnalysis whole = CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default);
        PatientTotals[] each = [.. BundledCases.Patients.Select(p => PatientAnalyzer.Analyze(p, AnalysisOptions.Default).Totals)];
        CohortAnalysis summed = CohortAnalyzer.Summarize(each, AnalysisOptions.Default);
        Assert.Equal(whole.Pooled, summed.Pooled);
        Assert.Equal(whole.RateRatioOnVsBefore, summed.RateRatioOnVsBefore);
        Assert.Equal(whole.Bands, summed.Bands);
        Assert.Equal(whole.KaplanMeierIntentionToTreat!, summed.KaplanMeierIntentionToTreat!);
    }

    [Fact]
    public void Summarize_WithoutAPatient_DropsHerEpisodes()
    {
        PatientTotals[] each = [.. BundledCases.Patients.Where(p => p.Id != "case-4").Select(p => PatientAnalyzer.Analyze(p, AnalysisOptions.Default).Totals)];
        // Case 4 holds the only episode on sirolimus (Table 1).
        Assert.Equal(0, CohortAnalyzer.Summarize(each, AnalysisOptions.Default).Pooled.On.Episodes);
    }

    [Fact]
    public void Analyze_CaseSeries_Fev1SlopesPoolEachPatientsBeforeAndOnSlopes()
    {
        CohortAnalysis analysis = CohortAnalyzer.Analyze(BundledCases.Patients, AnalysisOptions.Default);
        PatientTotals[] totals = [.. BundledCases.Patients.Select(p => PatientAnalyzer.Analyze(p, AnalysisOptions.Default).Totals)];
        double[] on = [.. totals.Where(t => t.Fev1OnMillilitresPerYear is not null).Select(t => t.Fev1OnMillilitresPerYear!.Value)];
        int both = totals.Count(t => t.Fev1BeforeMillilitresPerYear is not null && t.Fev1OnMillilitresPerYear is not null);

        Assert.Equal(both, analysis.Fev1Slopes!.PairedPatients);
        Assert.Equal(on.Length >= 2 ? on.Average() : null, analysis.Fev1Slopes.OnMillilitresPerYear?.Mean);
    }
}
