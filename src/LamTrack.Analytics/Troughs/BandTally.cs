using LamTrack.Analytics.Cohort;
using LamTrack.Analytics.Episodes;
using LamTrack.Analytics.Exposure;

namespace LamTrack.Analytics.Troughs;

/// <summary>Time and episodes per trough band over a patient's courses.</summary>
internal sealed record BandTally(IReadOnlyList<BandExposure> Bands, double UnknownDays, int UnknownEpisodes)
{
    public static BandTally Compute(List<LevelSeries> series, List<CountedEpisode> episodes, AnalysisOptions options)
    {
        double unknownDays = series.Sum(s => s.Stop - s.Start) - series.Sum(s => s.TimeIn(options.Bands[0]).KnownDays);
        var levels = new List<double?>();
        foreach (CountedEpisode e in episodes.Where(e => e.Exposure == ExposureKind.On && PatientAnalyzer.Counts(e, options)))
        {
            int day = DayNumber.Of(e.Onset);
            LevelSeries? course = series.FirstOrDefault(s => day >= s.Start && day < s.Stop);
            for (int w = 0; w < e.Weight; w++)
            {
                levels.Add(course?.LevelAt(day));
            }
        }

        var bands = new BandExposure[options.Bands.Count];
        for (int i = 0; i < bands.Length; i++)
        {
            TroughBand band = options.Bands[i];
            double inBand = 0, known = 0;
            foreach (LevelSeries s in series)
            {
                (double k, double b) = s.TimeIn(band);
                known += k;
                inBand += b;
            }

            bands[i] = new BandExposure(band, inBand, known, levels.Count(l => l is double v && band.Contains(v)));
        }

        return new BandTally(bands, unknownDays, levels.Count(l => l is null));
    }
}
