using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using LamTrack.Domain.Provenance;
using LamTrack.Measures.Quantities;
using LamTrack.Measures.Units;
using NodaTime;

namespace LamTrack.Analytics.Synthesis;

/// <summary>Builds one synthetic patient's timeline, day by day in integer day numbers.</summary>
internal sealed partial class SyntheticPatientBuilder
{
    private static readonly LocalDate s_studyStart = new(2010, 1, 1);
    private static readonly LocalDate s_studyEnd = new(2024, 12, 31);

    private readonly Random _random;
    private readonly SyntheticCohortParameters _p;
    private readonly string _id;
    private readonly SourceDocument _document;
    private readonly SourceReference _source;
    private readonly List<ClinicalEvent> _events = [];
    private readonly List<(int Start, int End, double Slope)> _fev1Slopes = [];
    private int _nextFreeDay;
    private int _serial;

    public SyntheticPatientBuilder(Random random, SyntheticCohortParameters parameters, string id, SourceDocument document)
    {
        _random = random;
        _p = parameters;
        _id = id;
        _document = document;
        _source = new SourceReference(document.Id, "simulated", ProvenanceBasis.Stated);
    }

    public Patient Build()
    {
        int start = DayNumber.Of(s_studyStart) + _random.Next(0, 5 * 365);
        int dropout = start + Math.Max(60, (int)(Exponential(1 / _p.MeanYearsToDropout) * 365.25));
        int end = Math.Min(DayNumber.Of(s_studyEnd), dropout);
        AddEpisode(start);
        int sirolimusStart = start + (int)(Uniform(0.5, 4.0) * 365.25);
        bool treated = _random.NextDouble() >= _p.NeverTreatedShare && sirolimusStart < end - 30;
        Untreated(_nextFreeDay, treated ? sirolimusStart : end);
        if (treated)
        {
            Treated(sirolimusStart, end);
        }

        AddLungFunction(start, end);
        return new Patient(_id, _document, _events)
        {
            Label = $"Synthetic {_id[4..]}",
            FollowUpEnd = ClinicalDate.OnDay(DayNumber.ToDate(end)),
            DateConvention = "Simulated day-precise dates.",
        };
    }

    private void Treated(int courseStart, int end)
    {
        double dose = _random.NextDouble() < 0.3 ? 1.0 : 2.0;
        bool drugGiven = false;
        while (courseStart < end)
        {
            int stop = courseStart + Math.Max(30, (int)(Exponential(_p.DiscontinuationRatePerYear) * 365.25));
            bool stops = stop < end;
            (int Start, int End, double Factor)? drug = null;
            if (!drugGiven && _random.NextDouble() < _p.InteractingDrugShare)
            {
                drugGiven = true;
                drug = AddInteractingDrug(courseStart, Math.Min(stop, end));
            }

            dose = Course(courseStart, stops ? stop : end, stops, dose, drug);
            if (!stops)
            {
                return;
            }

            bool restarts = _random.NextDouble() < _p.RestartShare;
            int restart = stop + _random.Next(90, 366);
            Untreated(Math.Max(stop, _nextFreeDay), restarts ? Math.Min(restart, end) : end);
            if (!restarts)
            {
                return;
            }

            courseStart = restart;
        }
    }

    private string NextId(string kind) => $"{_id}-{kind}{++_serial}";

    private double Uniform(double low, double high) => low + (_random.NextDouble() * (high - low));

    private double Exponential(double ratePerYear) => -Math.Log(1 - _random.NextDouble()) / ratePerYear;

    private double LogNormal(double sigma)
    {
        // Box–Muller: one standard normal from two uniforms.
        double u1 = 1 - _random.NextDouble(), u2 = _random.NextDouble();
        return Math.Exp(sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
    }

    private static ClinicalDate On(int day) => ClinicalDate.OnDay(DayNumber.ToDate(day));

    private static Measurement Quantity(double value, string unit) => Measurement.Create(Math.Round((decimal)value, 2), unit);

    private static DailyDose Dose(double milligramsPerDay) => DailyDose.FromMilligramsPerDay(milligramsPerDay);
}
