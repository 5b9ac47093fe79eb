using System.Globalization;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using NodaTime;

namespace LamTrack.Web.Components.Charts;

/// <summary>Turns a patient's record into the items of her timeline. It only lays out what the record says.</summary>
/// <remarks>
/// Imprecise dates are placed on their middle day, as the analyses do (docs/patient-file-format.md, "Dates keep their
/// precision"); the recorded notation is kept in <see cref="TimelineItem.DateText"/>. Periods without an end run to the
/// end of follow-up, or to <c>today</c> when follow-up is open.
/// </remarks>
public static class TimelineModelBuilder
{
    /// <summary>Builds the timeline of <paramref name="patient"/>.</summary>
    /// <param name="patient">The record.</param>
    /// <param name="today">The day open periods run to when follow-up has no end.</param>
    /// <param name="interactionClasses">The interaction class of each co-medication event id, when known.</param>
    public static TimelineModel Build(Patient patient, LocalDate today, IReadOnlyDictionary<string, string>? interactionClasses = null)
    {
        ArgumentNullException.ThrowIfNull(patient);
        LocalDate openEnd = patient.FollowUpEnd?.Midpoint ?? today;
        var context = new Context(openEnd, interactionClasses ?? new Dictionary<string, string>());
        List<TimelineItem> items = [.. patient.Events.SelectMany(e => ItemsOf(e, context))];
        LocalDate start = items.Count == 0 ? openEnd.PlusYears(-1) : items.Min(i => i.Start);
        LocalDate end = items.Count == 0 ? openEnd : Max(openEnd, items.Max(i => i.End ?? i.Start));
        return new TimelineModel(items, start.PlusDays(-30), end.PlusDays(30));
    }

    private sealed record Context(LocalDate OpenEnd, IReadOnlyDictionary<string, string> InteractionClasses);

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static IEnumerable<TimelineItem> ItemsOf(ClinicalEvent clinicalEvent, Context context) => clinicalEvent switch
    {
        PneumothoraxEpisode episode => [Episode(episode)],
        Intervention intervention => [Intervention(intervention)],
        SirolimusCourse course => Course(course, context),
        TroughLevel trough => [Trough(trough)],
        CoMedication comedication => [CoMedication(comedication, context)],
        Pregnancy pregnancy => [Pregnancy(pregnancy, context)],
        AdverseEvent adverse => [Adverse(adverse)],
        _ => [],
    };

    private static TimelineItem Episode(PneumothoraxEpisode episode)
    {
        string side = episode.Side.ToString().ToLowerInvariant();
        string compression = Compression(episode);
        return Item(episode, TimelineLane.Pneumothorax, TimelineMarker.Point, $"Pneumothorax, {side}{compression}") with
        {
            Variant = "side-" + side,
            End = episode.Resolution?.Midpoint,
            Details = Lines(
                episode.Resolution is null ? null : "resolved " + episode.Resolution,
                episode.Triggers.Count == 0 ? null : "trigger: " + string.Join(", ", episode.Triggers).ToLowerInvariant(),
                episode.ManagedAt is null ? null : "managed at " + episode.ManagedAt,
                episode.Note),
        };
    }

    private static string Compression(PneumothoraxEpisode episode)
    {
        string[] parts =
        [
            .. new[] { ("left", episode.LeftCompression), ("right", episode.RightCompression), ("side unstated", episode.UnspecifiedSideCompression) }
                .Where(p => p.Item2 is not null)
                .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Item1} {p.Item2!.Value.ToPercent():0.#} %")),
        ];
        return parts.Length == 0 ? string.Empty : ", compression " + string.Join(", ", parts);
    }

    private static TimelineItem Intervention(Intervention intervention)
    {
        bool surgery = intervention.Kind is InterventionKind.SurgicalPleurodesis or InterventionKind.Bullectomy or InterventionKind.OtherSurgery;
        string label = Words(intervention.Kind.ToString()) + (intervention.Side is null ? string.Empty : ", " + intervention.Side.Value.ToString().ToLowerInvariant());
        return Item(intervention, surgery ? TimelineLane.Surgery : TimelineLane.Management, TimelineMarker.Point, label) with
        {
            End = intervention.End?.Midpoint,
            Details = Lines(
                intervention.Agent is null ? null : "agent: " + intervention.Agent,
                intervention.Description,
                intervention.EpisodeId is null ? null : "for episode " + intervention.EpisodeId,
                intervention.Note),
        };
    }

    private static IEnumerable<TimelineItem> Course(SirolimusCourse course, Context context)
    {
        string dose = course.StartingDose is null ? "dose not stated" : course.StartingDose.Value.ToString();
        yield return Item(course, TimelineLane.Sirolimus, TimelineMarker.Bar, "Sirolimus course, starting " + dose) with
        {
            End = course.Stop?.Midpoint ?? context.OpenEnd,
            Details = Lines(
                course.Stop is null ? "ongoing" : "stopped " + course.Stop,
                course.StopReason is null ? null : "stop reason: " + course.StopReason,
                course.Note),
        };
        foreach (DoseChange change in course.DoseChanges)
        {
            yield return Item(change, TimelineLane.Sirolimus, TimelineMarker.Diamond, "Dose change to " + change.NewDose) with
            {
                Details = Lines(change.Reason is null ? null : "reason: " + change.Reason, change.Note),
            };
        }
    }

    private static TimelineItem Trough(TroughLevel trough)
    {
        TroughResult result = trough.Result;
        TimelineMarker marker = result.Censoring switch
        {
            TroughCensoring.BelowLimit => TimelineMarker.BelowLimit,
            TroughCensoring.AboveLimit => TimelineMarker.AboveLimit,
            TroughCensoring.Undetectable => TimelineMarker.Undetectable,
            _ => TimelineMarker.Level,
        };
        double? level = result.Censoring == TroughCensoring.Undetectable ? 0 : result.BestEstimate.ToNanogramsPerMillilitre();
        return Item(trough, TimelineLane.Troughs, marker, "Trough " + result) with
        {
            Level = level,
            Details = Lines(
                result.Censoring == TroughCensoring.None ? null : "censored: " + Words(result.Censoring.ToString()),
                trough.Assay is null ? null : "assay: " + trough.Assay,
                trough.Note),
        };
    }

    private static TimelineItem CoMedication(CoMedication comedication, Context context)
    {
        context.InteractionClasses.TryGetValue(comedication.Id, out string? interaction);
        string agents = comedication.Agents.Count == 0 ? string.Empty : " (" + string.Join(", ", comedication.Agents) + ")";
        return Item(comedication, TimelineLane.CoMedication, TimelineMarker.Bar, comedication.Therapy + agents) with
        {
            End = comedication.Stop?.Midpoint ?? context.OpenEnd,
            Variant = interaction is null ? "interaction-unknown" : "interaction-" + Slug(interaction),
            Details = Lines(
                "interaction class: " + (interaction ?? "not classified"),
                comedication.Indication is null ? null : "indication: " + comedication.Indication,
                comedication.Stop is null ? "ongoing" : "stopped " + comedication.Stop,
                comedication.Note),
        };
    }

    private static TimelineItem Pregnancy(Pregnancy pregnancy, Context context) =>
        Item(pregnancy, TimelineLane.Pregnancy, TimelineMarker.Bar, "Pregnancy") with
        {
            End = pregnancy.End?.Midpoint ?? context.OpenEnd,
            Details = Lines(
                pregnancy.End is null ? "ongoing" : "ended " + pregnancy.End,
                pregnancy.Outcome is null ? null : "outcome: " + pregnancy.Outcome,
                pregnancy.DeliveryMode is null ? null : "delivery: " + pregnancy.DeliveryMode,
                pregnancy.Note),
        };

    private static TimelineItem Adverse(AdverseEvent adverse) =>
        Item(adverse, TimelineLane.AdverseEvents, TimelineMarker.Point, "Adverse event: " + adverse.Term) with
        {
            End = adverse.Resolution?.Midpoint,
            Details = Lines(
                "category: " + Words(adverse.Category.ToString()),
                adverse.AttributedToSirolimus ? "attributed to sirolimus" : "not attributed to sirolimus",
                adverse.Severity is null ? null : "severity: " + adverse.Severity,
                adverse.Action is null ? null : "action: " + adverse.Action,
                adverse.Note),
        };

    private static TimelineItem Item(ClinicalEvent e, TimelineLane lane, TimelineMarker marker, string label) =>
        new(e.Id, lane, marker, e.Date.Midpoint, label) { DateText = DateText(e.Date), Source = SourceText(e.Source) };

    private static string DateText(ClinicalDate date) =>
        date.ToString() + (date.IsApproximate ? " (approximate)" : string.Empty) + (date.Stated is null ? string.Empty : " \u201c" + date.Stated + "\u201d");

    /// <summary>The source as one line: document, locator, and "inferred" when the value is not stated.</summary>
    public static string SourceText(SourceReference source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string basis = source.Basis == ProvenanceBasis.Inferred ? " (inferred)" : string.Empty;
        return source.Document + ", " + source.Locator + basis;
    }

    private static string[] Lines(params string?[] lines) => [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)];

    private static string Words(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : (i == 0 ? c.ToString() : c.ToString()))).Trim();

    private static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
