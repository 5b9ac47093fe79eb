using System.Text.Json;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Loading;

/// <summary>The event record's properties, grouped as in <see cref="EventDto"/>.</summary>
internal static partial class Utf8PatientReader
{
    private static void EventProperty(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        bool known = CommonField(ref reader, name, e) || EpisodeField(ref reader, name, e) || TherapyField(ref reader, name, e)
            || ObservationField(ref reader, name, e) || HistoryField(ref reader, name, e);
        Expect(known);
    }

    private static bool CommonField(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        switch (name)
        {
            case "type": e.Type = Word(ref reader); return true;
            case "id": e.Id = Text(ref reader); return true;
            case "date": e.Date = Date(ref reader); return true;
            case "source": e.Source = Source(ref reader); return true;
            case "note": e.Note = Text(ref reader); return true;
            case "end": e.End = Date(ref reader); return true;
            case "name": e.Name = Word(ref reader); return true;
            default: return false;
        }
    }

    // Pneumothorax, intervention and hospital stay.
    private static bool EpisodeField(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        switch (name)
        {
            case "side": e.Side = Word(ref reader); return true;
            case "compression": e.Compression = ObjectOrNull(ref reader, static () => new CompressionDto(), CompressionProperty); return true;
            case "resolution": e.Resolution = Date(ref reader); return true;
            case "triggers": e.Triggers = Words(ref reader); return true;
            case "managedAt": e.ManagedAt = Word(ref reader); return true;
            case "kind": e.Kind = Word(ref reader); return true;
            case "episode": e.Episode = Text(ref reader); return true;
            case "agent": e.Agent = Word(ref reader); return true;
            case "description": e.Description = Text(ref reader); return true;
            case "discharge": e.Discharge = Date(ref reader); return true;
            case "minimumDays": e.MinimumDays = Int32(ref reader); return true;
            case "facility": e.Facility = Word(ref reader); return true;
            case "reason": e.Reason = Word(ref reader); return true;
            default: return false;
        }
    }

    // Sirolimus course, troughs, co-medication and adverse events.
    private static bool TherapyField(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        switch (name)
        {
            case "dose": e.Dose = Quantity(ref reader); return true;
            case "doseChanges": e.DoseChanges = List(ref reader, static (ref Utf8JsonReader r) => Object(ref r, new DoseChangeDto(), DoseChangeProperty)); return true;
            case "stop": e.Stop = Date(ref reader); return true;
            case "stopReason": e.StopReason = Word(ref reader); return true;
            case "stopSource": e.StopSource = Source(ref reader); return true;
            case "result": e.Result = ObjectOrNull(ref reader, static () => new TroughResultDto(), TroughResultProperty); return true;
            case "assay": e.Assay = Word(ref reader); return true;
            case "low": e.Low = Quantity(ref reader); return true;
            case "high": e.High = Quantity(ref reader); return true;
            case "count": e.Count = Int32(ref reader); return true;
            case "therapy": e.Therapy = Word(ref reader); return true;
            case "agents": e.Agents = Words(ref reader); return true;
            case "indication": e.Indication = Word(ref reader); return true;
            case "category": e.Category = Word(ref reader); return true;
            case "term": e.Term = Word(ref reader); return true;
            case "attributedToSirolimus": e.AttributedToSirolimus = Boolean(ref reader); return true;
            case "action": e.Action = Word(ref reader); return true;
            case "severity": e.Severity = Word(ref reader); return true;
            default: return false;
        }
    }

    // Labs, lung function, walk test and diagnosis evidence.
    private static bool ObservationField(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        switch (name)
        {
            case "analyte": e.Analyte = Word(ref reader); return true;
            case "value": e.Value = Quantity(ref reader); return true;
            case "specimen": e.Specimen = Word(ref reader); return true;
            case "values": e.Values = List(ref reader, static (ref Utf8JsonReader r) => Object(ref r, new PftValueDto(), PftValueProperty)); return true;
            case "distance": e.Distance = Quantity(ref reader); return true;
            case "finding": e.Finding = Word(ref reader); return true;
            case "markers": e.Markers = List(ref reader, static (ref Utf8JsonReader r) => Object(ref r, new MarkerDto(), MarkerProperty)); return true;
            case "largestDiameter": e.LargestDiameter = Quantity(ref reader); return true;
            case "supportsLam": e.SupportsLam = Boolean(ref reader); return true;
            default: return false;
        }
    }

    // Pregnancy and follow-up.
    private static bool HistoryField(ref Utf8JsonReader reader, scoped ReadOnlySpan<char> name, EventDto e)
    {
        switch (name)
        {
            case "outcome": e.Outcome = Word(ref reader); return true;
            case "deliveryMode": e.DeliveryMode = Word(ref reader); return true;
            case "gestationalWeeksAtEnd": e.GestationalWeeksAtEnd = Double(ref reader); return true;
            case "birthWeight": e.BirthWeight = Quantity(ref reader); return true;
            case "work": e.Work = Text(ref reader); return true;
            case "exercise": e.Exercise = Text(ref reader); return true;
            case "qualityOfLife": e.QualityOfLife = Text(ref reader); return true;
            default: return false;
        }
    }
}
