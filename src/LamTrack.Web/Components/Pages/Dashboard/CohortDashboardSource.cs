using System.Text.Json;
using LamTrack.Application.Analysis;
using LamTrack.Application.Records;
using LamTrack.Application.Reports;
using LamTrack.Reporting.Analysis;
using LamTrack.Reporting.CaseSeries;
using LamTrack.Web.Api;
using LamTrack.Web.Hosting;
using LamTrack.Web.Identity;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Makes the <see cref="CohortDashboard"/> from the store through the application's services, once per change
/// of the data (<see cref="CohortCache"/>), for the page and the API alike.</summary>
/// <remarks>Before, the page analysed the whole store and loaded every patient for Table 1 on each view, and four
/// concurrent views of a 100,000-patient store took 19 GB; now one computation serves every view until a write.</remarks>
public sealed class CohortDashboardSource(CohortCache cache, IServiceScopeFactory scopes, CohortAnalysisReporter analysis, CaseSeriesReportService reports,
    WebSettings settings, IClock clock)
{
    /// <summary>The largest cohort for which Table 1 and Figure 1 (a column and a lane per patient) are made.</summary>
    public const int PerPatientLimit = 500;

    /// <summary>The current dashboard.</summary>
    public async Task<CohortDashboard> GetAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        LamTrackIdentityDbContext database = scope.ServiceProvider.GetRequiredService<LamTrackIdentityDbContext>();
        return (await cache.GetAsync(database, ComputeAsync, cancellationToken))!;
    }

    private async Task<CohortDashboard?> ComputeAsync(CancellationToken cancellationToken)
    {
        var source = new PatientSourceRequest(null, settings.Store.Text);
        CohortAnalysisReport report = await analysis.AnalyzeAsync(source, new AnalysisSettings(), true, null, cancellationToken);
        if (!report.Succeeded)
        {
            return new CohortDashboard { Refusal = report.Refusal ?? "no valid patient" };
        }

        using var stream = new MemoryStream();
        report.WriteJson(stream, clock.GetCurrentInstant(), settings.IsDemo ? "demo store (published cases)" : "database", listSkipped: true);
        byte[] document = stream.ToArray();
        var dashboard = new CohortDashboard
        {
            PatientCount = report.PatientCount, OptionsText = report.OptionsText, TargetBand = report.TargetBand,
            TimeInTargetRangeFraction = report.TimeInTargetRangeFraction, Document = document, DeidentifiedDocument = Deidentify(document),
            KaplanMeierSvg = report.KaplanMeierSvg(), KaplanMeierPng = report.KaplanMeierPng(),
        };
        return report.PatientCount > PerPatientLimit
            ? dashboard with { PerPatientRefusal = $"Table 1 and Figure 1 have a column and a lane per patient; this cohort has {report.PatientCount:N0} patients (the limit is {PerPatientLimit})." }
            : await WithPerPatientAsync(dashboard, source, cancellationToken);
    }

    private async Task<CohortDashboard> WithPerPatientAsync(CohortDashboard dashboard, PatientSourceRequest source, CancellationToken cancellationToken)
    {
        CaseSeriesReport table = await reports.BuildAsync(new CaseSeriesReportRequest(source), null, cancellationToken);
        return table.HasTable
            ? dashboard with { Table1 = CaseSeriesReportFiles.Text(table), Table1Csv = CaseSeriesReportFiles.Csv(table), Figure1Patients = table.Patients }
            : dashboard with { PerPatientRefusal = table.Refusal ?? "Table 1 cannot be made" };
    }

    /// <summary>The analysis document without what identifies a patient (the per-patient section, the skipped ids), for researchers.</summary>
    /// <remarks>Copied member by member from a read-only DOM, so a registry's document is not turned into mutable nodes.</remarks>
    public static byte[] Deidentify(byte[] document)
    {
        using JsonDocument parsed = JsonDocument.Parse(document);
        using var output = new MemoryStream();
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            foreach (JsonProperty property in parsed.RootElement.EnumerateObject().Where(p => !p.NameEquals("patients")))
            {
                if (property.NameEquals("data") && property.Value.ValueKind == JsonValueKind.Object)
                {
                    writer.WriteStartObject(property.Name);
                    foreach (JsonProperty member in property.Value.EnumerateObject().Where(m => !m.NameEquals("skipped")))
                    {
                        member.WriteTo(writer);
                    }

                    writer.WriteEndObject();
                }
                else
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return output.ToArray();
    }
}
