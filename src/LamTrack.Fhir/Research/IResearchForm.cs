using LamTrack.Domain.Patients;

namespace LamTrack.Fhir.Research;

/// <summary>One instrument of the research export and how to fill it from a patient.</summary>
internal interface IResearchForm
{
    /// <summary>The instrument, without sensitive fields when <paramref name="deidentified"/>.</summary>
    RedcapInstrument Instrument(bool deidentified);

    /// <summary>The rows of one patient for <paramref name="instrument"/> (built by <see cref="Instrument"/>).</summary>
    IEnumerable<RedcapRow> Rows(Patient patient, string recordId, ExportContext context, RedcapInstrument instrument);
}
