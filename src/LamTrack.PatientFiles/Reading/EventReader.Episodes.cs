using LamTrack.Domain.Events;
using LamTrack.Measures.Quantities;
using LamTrack.PatientFiles.Dto;

namespace LamTrack.PatientFiles.Reading;

internal sealed partial class EventReader
{
    private PneumothoraxEpisode? Pneumothorax(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        PneumothoraxSide? side = sink.Word<PneumothoraxSide>(d.Side, new FieldName(h.Path, ".side"));
        LungCompression? left = sink.Typed(d.Compression?.Left, new FieldName(h.Path, ".compression.left"), LungCompression.FromPercent);
        LungCompression? right = sink.Typed(d.Compression?.Right, new FieldName(h.Path, ".compression.right"), LungCompression.FromPercent);
        LungCompression? unspecified = sink.Typed(d.Compression?.Unspecified, new FieldName(h.Path, ".compression.unspecified"), LungCompression.FromPercent);
        var resolution = sink.Date(d.Resolution, new FieldName(h.Path, ".resolution"), required: false);
        List<PneumothoraxTrigger> triggers = Words<PneumothoraxTrigger>(d.Triggers, new FieldName(h.Path, ".triggers"));
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new PneumothoraxEpisode(h.Id, h.Date, h.Source, side!.Value)
        {
            LeftCompression = left, RightCompression = right, UnspecifiedSideCompression = unspecified, Resolution = resolution, Triggers = triggers, ManagedAt = d.ManagedAt,
        };
    }

    private Intervention? Intervention(EventDto d, EventHead h)
    {
        int before = sink.Issues.Count;
        InterventionKind? kind = sink.Word<InterventionKind>(d.Kind, new FieldName(h.Path, ".kind"));
        PneumothoraxSide? side = d.Side is null ? null : sink.Word<PneumothoraxSide>(d.Side, new FieldName(h.Path, ".side"));
        var end = sink.Date(d.End, new FieldName(h.Path, ".end"), required: false);
        if (sink.Issues.Count > before)
        {
            return null;
        }

        return new Intervention(h.Id, h.Date, h.Source, kind!.Value)
        {
            EpisodeId = d.Episode, Side = side, Agent = d.Agent, Description = d.Description, End = end,
        };
    }

    private List<TEnum> Words<TEnum>(List<string>? words, FieldName path)
        where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        for (int i = 0; words is not null && i < words.Count; i++)
        {
            if (sink.Word<TEnum>(words[i], $"{path}[{i}]") is { } value)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
