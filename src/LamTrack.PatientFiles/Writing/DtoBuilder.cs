using System.Globalization;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Units;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Writing;

/// <summary>Turns a domain patient back into the file records, the exact inverse of the reader.</summary>
internal static partial class DtoBuilder
{
    public static PatientDto Build(Patient p) => new()
    {
        Format = PatientJson.Format,
        Id = p.Id,
        Label = p.Label,
        Document = new DocumentDto { Id = p.Document.Id, Citation = p.Document.Citation, Doi = p.Document.Doi },
        Sex = FileWords.ToWord(p.Sex),
        Smoking = FileWords.ToWord(p.Smoking),
        Age = p.Age is null ? null : new AgeDto { Years = p.Age.Age.ToYears(), AsOf = Date(p.Age.AsOf), Source = Source(p.Age.Source, p.Document.Id) },
        FollowUpEnd = Date(p.FollowUpEnd),
        DateConvention = p.DateConvention,
        Notes = p.Notes.Count == 0 ? null : [.. p.Notes.Select(n => new NoteDto { Topic = n.Topic, Text = n.Text, Source = Source(n.Source, p.Document.Id), Events = n.EventIds.Count == 0 ? null : [.. n.EventIds] })],
        Events = [.. p.Events.Select(e => Event(e, p.Document.Id))],
    };

    internal static DateDto? Date(ClinicalDate? d) =>
        d is null ? null : new DateDto { Value = d.ToString(), Approx = d.IsApproximate, Stated = d.Stated };

    internal static SourceDto? Source(SourceReference? s, string defaultDocument) => s is null ? null : new SourceDto
    {
        Document = s.Document == defaultDocument ? null : s.Document,
        Locator = s.Locator,
        Basis = s.Basis == ProvenanceBasis.Stated ? null : FileWords.ToWord(s.Basis),
        Quote = s.Quote,
        Note = s.Note,
    };

    internal static QuantityDto? Quantity(Measurement? m) => m is null ? null : new QuantityDto { Value = m.Value, Unit = m.Unit.Code };

    internal static QuantityDto Quantity(double value, string unit) =>
        new() { Value = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture), Unit = unit };

    private static EventDto Event(ClinicalEvent e, string doc)
    {
        EventDto dto = Specific(e, doc);
        dto.Id = e.Id;
        dto.Date = Date(e.Date);
        dto.Source = Source(e.Source, doc);
        dto.Note = e.Note;
        return dto;
    }
}
