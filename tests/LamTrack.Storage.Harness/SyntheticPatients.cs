using System.Text.Json.Nodes;
using LamTrack.Domain.Patients;
using LamTrack.PatientFiles;
using LamTrack.Storage.Patients;
using LamTrack.Storage.Timelines;

namespace LamTrack.Storage.Harness;

/// <summary>Synthetic patients for load tests: the five published cases cloned under new identifiers.</summary>
/// <remarks>
/// Each clone keeps its case's whole timeline (20–34 events of every type, with provenance and notes), so the
/// load per patient is that of a richly curated record. Patient <c>i</c> is a clone of case <c>i mod 5</c>,
/// named <c>syn-000001</c> and up: deterministic, so a re-run produces the same patients.
/// </remarks>
public static class SyntheticPatients
{
    /// <summary>The bundled case series folder next to the assembly.</summary>
    public static string CaseSeriesFolder => Path.Combine(AppContext.BaseDirectory, "data", "case-series");

    /// <summary>The snapshots of the five published cases, the templates of every clone.</summary>
    public static IReadOnlyList<PatientSnapshot> Templates()
    {
        PatientLoadResult cases = PatientFileLoader.Load(CaseSeriesFolder);
        if (!cases.IsValid || cases.Patients.Count == 0)
        {
            throw new InvalidOperationException($"the case series under {CaseSeriesFolder} did not load: {string.Join("; ", cases.Issues)}");
        }

        return [.. cases.Patients.Select(PatientTimelineMapper.ToSnapshot)];
    }

    /// <summary>The identifier of the <paramref name="index"/>-th synthetic patient (from 1).</summary>
    public static string IdentifierOf(int index) => $"syn-{index:D6}";

    /// <summary>Snapshot clones 1..<paramref name="count"/>, made lazily.</summary>
    public static IEnumerable<PatientSnapshot> Snapshots(int count)
    {
        IReadOnlyList<PatientSnapshot> templates = Templates();
        for (int i = 1; i <= count; i++)
        {
            yield return Clone(templates[(i - 1) % templates.Count], IdentifierOf(i));
        }
    }

    /// <summary>Domain-patient clones 1..<paramref name="count"/>, made lazily; clones share the templates' immutable events.</summary>
    public static IEnumerable<Patient> Patients(int count)
    {
        PatientLoadResult cases = PatientFileLoader.Load(CaseSeriesFolder);
        for (int i = 1; i <= count; i++)
        {
            Patient template = cases.Patients[(i - 1) % cases.Patients.Count];
            string id = IdentifierOf(i);
            yield return new Patient(id, template.Document, template.Events)
            {
                Label = $"Synthetic {id} (clone of {template.Id})",
                Sex = template.Sex,
                Smoking = template.Smoking,
                Age = template.Age,
                FollowUpEnd = template.FollowUpEnd,
                DateConvention = template.DateConvention,
                Notes = template.Notes,
            };
        }
    }

    /// <summary>The number of events of the template that patient <paramref name="index"/> clones.</summary>
    public static int EventCountOf(int index, IReadOnlyList<PatientSnapshot> templates) => templates[(index - 1) % templates.Count].Events.Count;

    private static PatientSnapshot Clone(PatientSnapshot template, string identifier)
    {
        JsonObject details = JsonNode.Parse(template.DetailsJson)!.AsObject();
        details["id"] = identifier;
        details["label"] = $"Synthetic {identifier} (clone of {template.Identifier})";
        return template with { Identifier = identifier, DetailsJson = details.ToJsonString() };
    }
}
