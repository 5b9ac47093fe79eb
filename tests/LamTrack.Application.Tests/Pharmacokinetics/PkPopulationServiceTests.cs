using LamTrack.Application.Problems;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Measures.Quantities;
using NodaTime;

namespace LamTrack.Application.Tests.Pharmacokinetics;

public sealed class PkPopulationServiceTests
{
    private static PkPopulationRequest Request(double milligrams) => new(new PkModelRequest("reference-1cmt"), Dose.FromMilligrams(milligrams))
    {
        Days = 28,
        Subjects = 500,
        ReportDays = [7, 28],
        Seed = 7,
    };

    [Fact]
    public async Task SimulateAsync_DoubleDose_RaisesTheMeanTroughAndReportsEachDay()
    {
        PkPopulationResult low = (await PkServiceFixture.Population.SimulateAsync(Request(2))).Result!;
        PkPopulationResult high = (await PkServiceFixture.Population.SimulateAsync(Request(4))).Result!;

        Assert.Equal([7 * 24.0, 28 * 24.0], low.Days.Select(d => d.TimeHours));
        Assert.True(high.Days[1].MeanNanogramsPerMillilitre > 1.5 * low.Days[1].MeanNanogramsPerMillilitre);
        Assert.All(low.Days, d => Assert.Equal(1.0, d.ProbabilityBelow + d.ProbabilityInTarget + d.ProbabilityAbove, 9));
    }

    [Theory]
    [InlineData(-24, 28, 7, "--interval -24")]
    [InlineData(24, 100_000_000, 7, "dosing intervals requested")]
    [InlineData(24, 28, 400, "--report-days '400'")]
    public async Task SimulateAsync_ValueOutOfRange_ReturnsPk008(double intervalHours, int days, int reportDay, string expected)
    {
        PkPopulationRequest request = Request(2) with { Interval = Duration.FromHours(intervalHours), Days = days, ReportDays = [reportDay] };

        PkOutcome<PkPopulationResult> outcome = await PkServiceFixture.Population.SimulateAsync(request);

        Problem problem = Assert.Single(outcome.Problems);
        Assert.Equal(PharmacokineticsProblemCodes.InvalidRequest, problem.Code);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SimulateAsync_UnknownCovariate_ReturnsPk008NamingTheModelsCovariates()
    {
        PkOutcome<PkPopulationResult> outcome = await PkServiceFixture.Population.SimulateAsync(Request(2) with { Covariates = new Dictionary<string, double> { ["FOO"] = 1 } });

        Assert.Contains("has no such covariate", Assert.Single(outcome.Problems).Message, StringComparison.Ordinal);
    }
}
