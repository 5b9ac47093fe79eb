using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Exposure;
using LamTrack.Analytics.Lung;
using LamTrack.Analytics.Troughs;
using LamTrack.Domain.Patients;
using LamTrack.Statistics.Rates;

namespace LamTrack.Analytics.Cohort;

/// <summary>Analyses one patient: exposure periods, counted episodes, trough bands, troughs at recurrence, FEV1 slopes.</summary>
public static class PatientAnalyzer
{
    /// <summary>Analyses <paramref name="patient"/> under <paramref name="options"/>.</summary>
    /// <exception cref="InvalidOperationException">The options' target band is not among its bands.</exception>
    public static PatientAnalysis Analyze(Patient patient, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(options);
        List<EpisodeCounter.MergedEpisode> merged = EpisodeCounter.Merge(patient.Episodes, options);
        var timeline = ExposureTimeline.Build(patient, merged.Count > 0 ? merged[0].OnsetDay : null);
        List<CountedEpisode> episodes = Assign(merged, timeline, options);
        var troughs = TroughIndex.Build(patient);
        List<LevelSeries> series = [.. timeline.Segments.Where(s => s.Kind == ExposureKind.On)
            .Select(s => LevelSeries.Build(troughs, s.Start, s.End, options.Interpolation))];
        BandTally tally = BandTally.Compute(series, episodes, options);
        return new PatientAnalysis
        {
            Id = patient.Id,
            Label = patient.Label,
            FirstSirolimusStart = timeline.FirstSirolimusStart is int f ? DayNumber.ToDate(f) : null,
            Periods = [.. timeline.Segments.Select(s => new ExposurePeriod(s.Kind, DayNumber.ToDate(s.Start), DayNumber.ToDate(s.End), s.Course?.Id))],
            Episodes = episodes,
            EpisodeCounts = CountsOf(episodes, options),
            PersonYears = PersonYearsOf(timeline),
            Bands = tally.Bands,
            UnknownLevelDays = tally.UnknownDays,
            UnknownLevelEpisodes = tally.UnknownEpisodes,
            TimeInTargetRange = tally.Bands.First(b => b.Band == options.Target).Fraction,
            TroughsAtRecurrence = RecurrenceTroughs.Find(troughs, episodes, timeline),
            Fev1 = Fev1Trends.Compute(patient, timeline),
            IntentionToTreat = Survival(timeline, episodes, onTreatmentOnly: false),
            OnTreatment = Survival(timeline, episodes, onTreatmentOnly: true),
        };
    }

    private static List<CountedEpisode> Assign(List<EpisodeCounter.MergedEpisode> merged, ExposureTimeline timeline, AnalysisOptions options)
    {
        var episodes = new List<CountedEpisode>(merged.Count);
        for (int i = 0; i < merged.Count; i++)
        {
            EpisodeCounter.MergedEpisode m = merged[i];
            if (timeline.SegmentAt(m.OnsetDay) is not { } segment)
            {
                continue;
            }

            bool isIndex = i == 0 && m.OnsetDay == timeline.ObservationStart;
            episodes.Add(new CountedEpisode(m.Id, m.RecordedIds, DayNumber.ToDate(m.OnsetDay), m.Side,
                EpisodeCounter.WeightOf(m.Side, options.Bilateral), segment.Kind, isIndex));
        }

        return episodes;
    }

    /// <summary>Whether an episode enters the counts: every one, except the index episode when that is not counted.</summary>
    internal static bool Counts(CountedEpisode e, AnalysisOptions options) => options.CountIndexEpisode || !e.IsIndex;

    private static ByExposure<int> CountsOf(List<CountedEpisode> episodes, AnalysisOptions options)
    {
        var counts = new int[5];
        foreach (CountedEpisode e in episodes.Where(e => Counts(e, options)))
        {
            counts[(int)e.Exposure] += e.Weight;
        }

        return new ByExposure<int>(counts[1], counts[2], counts[3], counts[4]);
    }

    private static ByExposure<double> PersonYearsOf(ExposureTimeline timeline)
    {
        var days = new double[5];
        foreach (ExposureTimeline.Segment s in timeline.Segments)
        {
            days[(int)s.Kind] += s.End - s.Start;
        }

        return new ByExposure<double>(PersonTime.YearsFromDays(days[1]), PersonTime.YearsFromDays(days[2]),
            PersonTime.YearsFromDays(days[3]), PersonTime.YearsFromDays(days[4]));
    }

    private static FollowUpOutcome? Survival(ExposureTimeline timeline, List<CountedEpisode> episodes, bool onTreatmentOnly)
    {
        if (timeline.Segments.FirstOrDefault(s => s.Kind == ExposureKind.On) is not { } first)
        {
            return null;
        }

        int end = onTreatmentOnly ? first.End : timeline.End;
        foreach (CountedEpisode e in episodes)
        {
            int day = DayNumber.Of(e.Onset);
            if (day >= first.Start && day < end)
            {
                return new FollowUpOutcome(day - first.Start, true);
            }
        }

        return new FollowUpOutcome(end - first.Start, false);
    }
}
