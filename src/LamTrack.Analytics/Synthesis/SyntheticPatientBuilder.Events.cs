using LamTrack.Domain.Events;

namespace LamTrack.Analytics.Synthesis;

/// <summary>Episodes, courses, troughs, interacting drugs and lung function of a synthetic patient.</summary>
internal sealed partial class SyntheticPatientBuilder
{
    private static readonly (string Agent, double Factor)[] s_interactions =
    [
        ("voriconazole", 2.5), // CYP3A4 inhibitor: raises sirolimus levels
        ("rifampicin", 0.25),  // CYP3A4 inducer: lowers them, as anti-tuberculosis therapy did in case 4
    ];

    /// <summary>Episodes at the untreated rate over [from, to).</summary>
    private void Untreated(int from, int to) => Episodes(from, to, _p.UntreatedRatePerYear, -60);

    /// <summary>A Poisson stream of episodes over [from, to) at a constant rate; none starts before the last one resolved.</summary>
    private void Episodes(int from, int to, double ratePerYear, double fev1SlopeMlPerYear)
    {
        if (to > from)
        {
            _fev1Slopes.Add((from, to, fev1SlopeMlPerYear));
        }

        double t = Math.Max(from, _nextFreeDay);
        while (ratePerYear > 0)
        {
            t += Exponential(ratePerYear) * 365.25;
            if (t >= to)
            {
                return;
            }

            AddEpisode((int)t);
            t = Math.Max(t, _nextFreeDay);
        }
    }

    private void AddEpisode(int onset)
    {
        double u = _random.NextDouble();
        PneumothoraxSide side = u < 0.45 ? PneumothoraxSide.Left : u < 0.9 ? PneumothoraxSide.Right : PneumothoraxSide.Bilateral;
        int resolution = onset + _random.Next(3, 11);
        _events.Add(new PneumothoraxEpisode(NextId("ptx"), On(onset), _source, side) { Resolution = On(resolution) });
        _nextFreeDay = resolution + 1;
    }

    /// <summary>One course: troughs every interval with dose adjustment, episodes at the rate for the level in effect.</summary>
    /// <returns>The dose at the end of the course.</returns>
    private double Course(int start, int stop, bool stops, double dose, (int Start, int End, double Factor)? drug)
    {
        var changes = new List<DoseChange>();
        double startingDose = dose;
        int previous = start;
        double? level = null;
        for (int day = start + 30; day < stop; day += _p.TroughIntervalDays)
        {
            double factor = drug is { } d && day >= d.Start && day < d.End ? d.Factor : 1.0;
            double measured = Math.Round(dose * _p.LevelPerMilligramPerDay * factor * LogNormal(0.35), 2);
            _events.Add(new TroughLevel(NextId("tr"), On(day), _source, TroughResult.Measured(Quantity(measured, "ng/mL"))) { Assay = "LC-MS/MS" });
            // Before the first trough the level is that of the first trough.
            Episodes(previous, day, _p.UntreatedRatePerYear * Multiplier(level ?? measured), -10);
            (level, previous) = (measured, day);
            dose = Adjust(dose, measured, day, stop, changes);
        }

        Episodes(previous, stop, _p.UntreatedRatePerYear * Multiplier(level ?? startingDose * _p.LevelPerMilligramPerDay), -10);
        _events.Add(new SirolimusCourse(NextId("srl"), On(start), _source)
        {
            StartingDose = Dose(startingDose),
            DoseChanges = changes,
            Stop = stops ? On(stop) : null,
            StopReason = stops ? "simulated discontinuation" : null,
        });
        return dose;
    }

    private double Adjust(double dose, double level, int day, int stop, List<DoseChange> changes)
    {
        double next = level > 15 ? Math.Max(0.5, dose - 1) : level < 3 ? Math.Min(4, dose + 1) : dose;
        if (next != dose && day + 7 < stop)
        {
            string reason = level > 15 ? "trough above 15 ng/mL" : "trough below 3 ng/mL";
            changes.Add(new DoseChange(NextId("dose"), On(day + 7), _source, Dose(next)) { Reason = reason });
            return next;
        }

        return dose;
    }

    private double Multiplier(double level) =>
        level >= _p.InRangeLowNanogramsPerMillilitre ? _p.InRangeMultiplier : level >= 1 ? _p.LowLevelMultiplier : _p.UndetectableMultiplier;

    private (int, int, double) AddInteractingDrug(int courseStart, int courseEnd)
    {
        (string agent, double factor) = s_interactions[_random.Next(s_interactions.Length)];
        int start = courseStart + _random.Next(0, Math.Max(1, courseEnd - courseStart));
        int end = start + _random.Next(90, 271);
        _events.Add(new CoMedication(NextId("med"), On(start), _source, agent == "rifampicin" ? "anti-tuberculosis therapy" : "antifungal therapy")
        {
            Agents = [agent],
            Stop = On(end),
        });
        return (start, end, factor);
    }

    /// <summary>Yearly FEV1 from the first episode, declining by the slope of the exposure in effect, with 50 mL noise.</summary>
    private void AddLungFunction(int start, int end)
    {
        double litres = Math.Max(1.0, 2.4 + (0.4 * Math.Log(LogNormal(1))));
        for (int day = start + 30; day < end; day += 365)
        {
            double slope = _fev1Slopes.FirstOrDefault(s => day >= s.Start && day < s.End).Slope;
            double measured = Math.Max(0.3, litres + (0.05 * Math.Log(LogNormal(1))));
            _events.Add(new PulmonaryFunctionTest(NextId("pft"), On(day), _source, [new PftValue(PftMeasure.Fev1, Quantity(measured, "L"), null)]));
            litres = Math.Max(0.3, litres + (slope / 1000));
        }
    }
}
