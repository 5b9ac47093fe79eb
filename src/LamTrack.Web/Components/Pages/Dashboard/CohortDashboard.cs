using LamTrack.Domain.Patients;
using LamTrack.Reporting.CaseSeries;
using NodaTime;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Everything the cohort dashboard and the cohort API show, computed once per change of the data and then
/// served from <see cref="Api.CohortCache"/>.</summary>
/// <remarks>Table 1 and Figure 1 have a column and a lane per patient, so they are made only for a cohort of at most
/// <see cref="CohortDashboardSource.PerPatientLimit"/> patients; a registry's dashboard shows the pooled figures.</remarks>
public sealed record CohortDashboard
{
    /// <summary>When the figures were made from the store.</summary>
    public Instant GeneratedAt { get; init; }

    /// <summary>Why there is no analysis (no valid patient), or null.</summary>
    public string? Refusal { get; init; }

    /// <summary>How many patients were analysed.</summary>
    public int PatientCount { get; init; }

    /// <summary>The analysis options, as the report states them.</summary>
    public string OptionsText { get; init; } = string.Empty;

    /// <summary>The target trough band, ng/mL (such as "5-15").</summary>
    public string TargetBand { get; init; } = string.Empty;

    /// <summary>The pooled fraction of time in the target band, or null.</summary>
    public double? TimeInTargetRangeFraction { get; init; }

    /// <summary>The file holding the whole analysis document (<c>lamtrack-analysis/1</c>), with its per-patient section.</summary>
    /// <remarks>On disk, not in memory: for 100,000 patients the document is about 160 MB.</remarks>
    public string DocumentFile { get; init; } = string.Empty;

    /// <summary>The analysis document without its per-patient section and skipped ids, for researchers.</summary>
    public byte[] DeidentifiedDocument { get; init; } = [];

    /// <summary>What the cohort page shows of <see cref="DeidentifiedDocument"/>, read once.</summary>
    public CohortDashboardFigures Figures { get; init; } = CohortDashboardFigures.Empty;

    /// <summary>The Kaplan–Meier figure as SVG.</summary>
    public string KaplanMeierSvg { get; init; } = string.Empty;

    /// <summary>The Kaplan–Meier figure as PNG.</summary>
    public byte[] KaplanMeierPng { get; init; } = [];

    /// <summary>Table 1 as text cells, or null when the cohort is larger than the per-patient limit or has no table.</summary>
    public Table1Text? Table1 { get; init; }

    /// <summary>Table 1 as CSV, or null as for <see cref="Table1"/>.</summary>
    public string? Table1Csv { get; init; }

    /// <summary>Why Table 1 and Figure 1 are not shown, or null when they are.</summary>
    public string? PerPatientRefusal { get; init; }

    /// <summary>The patients of Figure 1 (empty when it is not made).</summary>
    public IReadOnlyList<Patient> Figure1Patients { get; init; } = [];
}
