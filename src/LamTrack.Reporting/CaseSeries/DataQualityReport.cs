using System.Text;
using LamTrack.Analytics.CaseSeries;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>Per patient: source conflicts, inferred values and approximate dates, so that a reader knows what to trust.</summary>
public static class DataQualityReport
{
    /// <summary>The report as Markdown.</summary>
    public static string ToMarkdown(IReadOnlyList<Patient> patients, Table1 table)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder("# Data-quality report").AppendLine().AppendLine();
        sb.AppendLine("| Patient | Events | Source conflicts | Inferred values | Approximate or imprecise dates |").AppendLine("|---|---|---|---|---|");
        foreach (Patient p in patients)
        {
            string column = p.Label ?? p.Id;
            sb.AppendLine($"| {column} | {p.AllEvents.Count()} | {Conflicts(p, table).Count()} | {Inferred(p).Count()} | {Imprecise(p).Count()} |");
        }

        foreach (Patient p in patients)
        {
            AppendPatient(sb, p, table);
        }

        return sb.ToString();
    }

    private static void AppendPatient(StringBuilder sb, Patient p, Table1 table)
    {
        sb.AppendLine().AppendLine($"## {p.Label ?? p.Id}").AppendLine();
        if (p.DateConvention is not null)
        {
            sb.AppendLine($"Dates: {p.DateConvention}").AppendLine();
        }

        Section(sb, "Source conflicts", Conflicts(p, table));
        Section(sb, "Curator's notes", p.Notes.Select(n => $"{n.Topic}: {n.Text} ({n.Source.Locator}{(n.Source.Basis == ProvenanceBasis.Inferred ? ", inferred" : string.Empty)})"));
        Section(sb, "Inferred values", Inferred(p).Select(e => $"{e.Id} ({Kind(e)}, {e.Date}): {e.Source.Locator}{(e.Source.Note is null ? string.Empty : " — " + e.Source.Note)}"));
        Section(sb, "Approximate or imprecise dates", Imprecise(p).Select(e => $"{e.Id} ({Kind(e)}): {e.Date} [{Precision(e.Date)}]{(e.Date.Stated is null ? string.Empty : $" — \"{e.Date.Stated}\"")}"));
    }

    private static void Section(StringBuilder sb, string title, IEnumerable<string> lines)
    {
        string[] items = [.. lines];
        sb.AppendLine($"### {title} ({items.Length})").AppendLine();
        foreach (string line in items)
        {
            sb.AppendLine($"- {line}");
        }

        if (items.Length == 0)
        {
            sb.AppendLine("- none");
        }

        sb.AppendLine();
    }

    private static IEnumerable<string> Conflicts(Patient p, Table1 table) =>
        table.Footnotes.Where(f => f.IsConflict && f.Column == (p.Label ?? p.Id)).Select(f => f.Text);

    private static IEnumerable<ClinicalEvent> Inferred(Patient p) => p.AllEvents.Where(e => e.Source.Basis == ProvenanceBasis.Inferred);

    private static IEnumerable<ClinicalEvent> Imprecise(Patient p) =>
        p.AllEvents.Where(e => e.Date.IsApproximate || e.Date.Precision != DatePrecision.Day);

    private static string Kind(ClinicalEvent e) => e.GetType().Name;

    private static string Precision(ClinicalDate d) => (d.IsApproximate ? "approximate, " : string.Empty) + d.Precision.ToString().ToLowerInvariant();
}
