using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Provenance;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

/// <summary>Turns one event record of a patient file into a domain event, reporting every problem to the sink.</summary>
internal sealed partial class EventReader(IssueSink sink)
{
    private static readonly string[] s_types =
    [
        "pneumothorax", "intervention", "sirolimus", "trough", "troughSummary", "comedication", "adverseEvent", "lab",
        "pft", "sixMinuteWalk", "evidence", "pregnancy", "hospitalStay", "followUp", "condition",
    ];

    public static IReadOnlyList<string> Types => s_types;

    public ClinicalEvent? Read(EventDto dto, string path)
    {
        sink.EventId = dto.Id;
        bool hasId = sink.Require(dto.Id, new FieldName(path, ".id"));
        ClinicalDate? date = sink.Date(dto.Date, new FieldName(path, ".date"), required: true);
        SourceReference? source = sink.Source(dto.Source, new FieldName(path, ".source"));
        if (dto.Type is null || !s_types.Contains(dto.Type, StringComparer.Ordinal))
        {
            string message = dto.Type is null ? "is required" : $"unknown event type '{dto.Type}'";
            sink.Add(dto.Type is null ? PatientFileIssueCodes.MissingField : PatientFileIssueCodes.UnknownEventType, path + ".type", $"{message} (one of {string.Join(", ", s_types)})");
            return null;
        }

        if (!hasId || date is null || source is null)
        {
            return null;
        }

        var head = new EventHead(dto.Id!, date, source, path);
        ClinicalEvent? e = Dispatch(dto, head);
        return e is null || dto.Note is null ? e : e with { Note = dto.Note };
    }

    private ClinicalEvent? Dispatch(EventDto dto, EventHead head) => dto.Type switch
    {
        "pneumothorax" => Pneumothorax(dto, head),
        "intervention" => Intervention(dto, head),
        "sirolimus" => Sirolimus(dto, head),
        "trough" => Trough(dto, head),
        "troughSummary" => TroughSummary(dto, head),
        "comedication" => CoMedication(dto, head),
        "adverseEvent" => AdverseEvent(dto, head),
        "lab" => Lab(dto, head),
        "pft" => Pft(dto, head),
        "sixMinuteWalk" => SixMinuteWalk(dto, head),
        "evidence" => Evidence(dto, head),
        "pregnancy" => Pregnancy(dto, head),
        "hospitalStay" => HospitalStay(dto, head),
        "followUp" => FollowUp(dto, head),
        _ => Condition(dto, head),
    };

    /// <summary>The fields every event has, already validated.</summary>
    private sealed record EventHead(string Id, ClinicalDate Date, SourceReference Source, string Path);
}
