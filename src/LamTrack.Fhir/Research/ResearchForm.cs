using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Research;

/// <summary>An instrument filled from one kind of row source: the patient itself (non-repeating) or each of a kind of
/// event (repeating, one instance per event in timeline order).</summary>
internal sealed class ResearchForm<T>(string name, bool repeating, Func<Patient, IEnumerable<T>> sources, IReadOnlyList<ResearchColumn<T>> columns)
    : IResearchForm
{
    public RedcapInstrument Instrument(bool deidentified) =>
        new(name, repeating, [.. columns.Where(c => !deidentified || !c.Sensitive).Select(c => c.Field)]);

    public IEnumerable<RedcapRow> Rows(Patient patient, string recordId, ExportContext context, RedcapInstrument instrument)
    {
        int instance = 0;
        foreach (T source in sources(patient))
        {
            instance++;
            var values = columns
                .Where(c => !context.Deidentified || !c.Sensitive)
                .ToDictionary(c => c.Field.Name, c => c.Value(source, context), StringComparer.Ordinal);
            yield return new RedcapRow(recordId, repeating ? instrument : null, repeating ? instance : null, values);
        }
    }

    /// <summary>A column of this form.</summary>
    public static ResearchColumn<T> Column(string form, string field, string type, string label, Func<T, ExportContext, string?> value,
        bool sensitive = false, string? choices = null, string? validation = null) =>
        new(new RedcapField(field, form, type, label, choices, validation, Identifier: sensitive), sensitive, value);
}
