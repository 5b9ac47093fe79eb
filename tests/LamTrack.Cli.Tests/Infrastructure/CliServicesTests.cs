using LamTrack.Application.Pharmacokinetics;
using LamTrack.Application.Synthesis;
using LamTrack.Cli.Infrastructure;
using LamTrack.Reporting.Analysis;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace LamTrack.Cli.Tests.Infrastructure;

public sealed class CliServicesTests
{
    [Fact]
    public async Task Create_Validated_EveryRegistrationCanBeBuilt()
    {
        // Commands build the provider without validation for start-up time, so the validation is made here.
        await using ServiceProvider services = CliServices.Create(new FakeClock(Instant.FromUtc(2026, 12, 2, 0, 0)), validate: true);

        Assert.NotNull(services.GetRequiredService<CohortAnalysisReporter>());
        Assert.NotNull(services.GetRequiredService<SyntheticCohortService>());
        Assert.NotNull(services.GetRequiredService<PkEstimationService>());
        Assert.NotNull(services.GetRequiredService<LamTrack.Application.Reports.CaseSeriesReportService>());
    }
}
