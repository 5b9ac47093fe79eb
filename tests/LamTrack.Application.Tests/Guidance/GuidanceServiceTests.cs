using LamTrack.Application.Guidance;
using LamTrack.Pharmacokinetics.Models;
using NodaTime;

namespace LamTrack.Application.Tests.Guidance;

public sealed class GuidanceServiceTests
{
    private static readonly GuidanceService s_service = new(ModelCatalogue.LoadShipped());
    private static readonly LocalDate s_asOf = new(2016, 6, 20);

    [Fact]
    public async Task AdviseAsync_Case4_TopFindingIsTheCriticalTrough()
    {
        AdviceOutcome outcome = await s_service.AdviseAsync(new AdviceRequest(CaseSeries.Case("case-4"), s_asOf), CancellationToken.None);

        FindingDocument top = outcome.Advice!.Findings[0];
        Assert.Equal(("LAM-TRO-002", "critical"), (top.RuleId, top.Severity));
        Assert.Equal("[P]", top.Citation.Tag);
        Assert.NotEmpty(outcome.Advice.NotApplicable);
    }

    [Fact]
    public async Task WorklistAsync_CaseSeries_MostSevereFirstThenById()
    {
        var progress = new List<int>();
        WorklistOutcome outcome = await s_service.WorklistAsync(new WorklistRequest(CaseSeries.Patients, s_asOf), new SynchronousProgress(progress), CancellationToken.None);

        Worklist w = outcome.Worklist!;
        Assert.Equal("case-4", w.Patients[0].PatientId);
        int[] ranks = [.. w.Patients.Select(p => p.MostSevere?.SeverityRank ?? -1)];
        Assert.Equal(ranks.OrderDescending(), ranks);
        Assert.Equal(CaseSeries.Patients.Count, progress[^1]);
    }

    [Fact]
    public async Task WorklistAsync_AsOfBeforeEveryRecord_ListsErrorsNotFindings()
    {
        WorklistOutcome outcome = await s_service.WorklistAsync(new WorklistRequest(CaseSeries.Patients, new LocalDate(2000, 1, 1)) { InvalidRecords = ["x.json:3 p9"] }, null, CancellationToken.None);

        Assert.Empty(outcome.Worklist!.Patients);
        Assert.Equal(CaseSeries.Patients.Count + 1, outcome.Worklist.Errors.Count);
        Assert.Equal("x.json:3 p9: failed validation, no findings", outcome.Worklist.Errors[^1]);
    }

    [Fact]
    public async Task AdviseAsync_InvalidSettings_ReturnsGuide001()
    {
        var request = new AdviceRequest(CaseSeries.Case("case-4"), s_asOf) { Settings = new GuidanceSettingsDocument("""{ "veryLowTroughNanogramsPerMillilitre": -1 }""", "s.json") };

        AdviceOutcome outcome = await s_service.AdviseAsync(request, CancellationToken.None);

        Assert.Null(outcome.Advice);
        Assert.All(outcome.Problems, p => Assert.Equal(GuidanceProblemCodes.InvalidSettings, p.Code));
        Assert.NotEmpty(outcome.Problems);
    }

    [Fact]
    public async Task WorklistAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => s_service.WorklistAsync(new WorklistRequest(CaseSeries.Patients, s_asOf), null, cts.Token));
    }

    [Fact]
    public void Codes_AreUniqueAndPrefixed()
    {
        Assert.Equal(GuidanceProblemCodes.All.Count, GuidanceProblemCodes.All.Distinct().Count());
        Assert.All(GuidanceProblemCodes.All, c => Assert.StartsWith("GUIDE-", c, StringComparison.Ordinal));
    }

    private sealed class SynchronousProgress(List<int> values) : IProgress<int>
    {
        public void Report(int value) => values.Add(value);
    }
}
