using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

/// <summary>Turns one patient record of a file into a domain <see cref="Patient"/>, or into the list of its problems.</summary>
internal static class PatientReader
{
    public static (Patient? Patient, IReadOnlyList<PatientFileIssue> Issues) Read(PatientDto dto, string file, long? line)
    {
        var sink = new IssueSink(file, line, dto.Id, dto.Document?.Id ?? "unknown");
        CheckHeader(dto, sink);
        var events = new List<ClinicalEvent>();
        var reader = new EventReader(sink);
        for (int i = 0; dto.Events is not null && i < dto.Events.Count; i++)
        {
            if (reader.Read(dto.Events[i], EventPath(i)) is { } e)
            {
                events.Add(e);
            }
        }

        sink.EventId = null;
        Patient? patient = sink.Issues.Count == 0 ? Build(dto, sink, events) : null;
        if (patient is not null)
        {
            foreach (DomainIssue issue in PatientValidator.Validate(patient))
            {
                sink.EventId = issue.EventId;
                sink.Add(issue.Code, issue.Field, issue.Message);
            }
        }

        return sink.Issues.Count == 0 ? (patient, []) : (null, sink.Issues);
    }

    // The same few hundred event paths recur in every record of a registry.
    private static readonly string[] s_eventPaths = [.. Enumerable.Range(0, 512).Select(i => $"events[{i}]")];

    private static string EventPath(int index) => index < s_eventPaths.Length ? s_eventPaths[index] : $"events[{index}]";

    private static void CheckHeader(PatientDto dto, IssueSink sink)
    {
        if (dto.Format != PatientJson.Format)
        {
            sink.Add(PatientFileIssueCodes.UnknownFormat, "format", $"must be \"{PatientJson.Format}\"" + (dto.Format is null ? string.Empty : $", not \"{dto.Format}\""));
        }

        sink.Require(dto.Id, "id");
        sink.Require(dto.Document?.Id, "document.id");
        sink.Require(dto.Document?.Citation, "document.citation");
        sink.Require(dto.Events, "events");
    }

    private static Patient? Build(PatientDto dto, IssueSink sink, List<ClinicalEvent> events)
    {
        Sex? sex = dto.Sex is null ? Sex.Female : sink.Word<Sex>(dto.Sex, "sex");
        SmokingStatus? smoking = dto.Smoking is null ? SmokingStatus.Unknown : sink.Word<SmokingStatus>(dto.Smoking, "smoking");
        StatedAge? age = dto.Age is null ? null : ReadAge(dto.Age, sink);
        var followUpEnd = sink.Date(dto.FollowUpEnd, "followUpEnd", required: false);
        List<CurationNote> notes = ReadNotes(dto.Notes, sink);
        if (sink.Issues.Count > 0)
        {
            return null;
        }

        var document = new SourceDocument(dto.Document!.Id!, dto.Document.Citation!) { Doi = dto.Document.Doi };
        return new Patient(dto.Id!, document, events)
        {
            Label = dto.Label, Sex = sex!.Value, Smoking = smoking!.Value, Age = age, FollowUpEnd = followUpEnd,
            DateConvention = dto.DateConvention, Notes = notes,
        };
    }

    private static StatedAge? ReadAge(AgeDto dto, IssueSink sink)
    {
        Age? years = sink.Require(dto.Years, "age.years") ? sink.Typed(dto.Years, "age.years", Age.FromYears) : null;
        var asOf = sink.Date(dto.AsOf, "age.asOf", required: false);
        SourceReference? source = sink.Source(dto.Source, "age.source");
        return years is null || source is null ? null : new StatedAge(years.Value, asOf, source);
    }

    private static List<CurationNote> ReadNotes(List<NoteDto>? notes, IssueSink sink)
    {
        var result = new List<CurationNote>();
        for (int i = 0; notes is not null && i < notes.Count; i++)
        {
            NoteDto n = notes[i];
            SourceReference? source = sink.Source(n.Source, $"notes[{i}].source");
            if (sink.Require(n.Topic, $"notes[{i}].topic") && sink.Require(n.Text, $"notes[{i}].text") && source is not null)
            {
                result.Add(new CurationNote(n.Topic!, n.Text!, source) { EventIds = n.Events ?? [] });
            }
        }

        return result;
    }
}
