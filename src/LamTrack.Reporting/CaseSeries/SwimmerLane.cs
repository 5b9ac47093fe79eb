using LamTrack.Domain.Dates;
using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Reporting.CaseSeries;

/// <summary>One patient's lane of the swimmer plot: the lane's height and the conversion of dates to months from sirolimus start.</summary>
internal sealed record SwimmerLane(Patient Patient, double Y, LocalDate Origin)
{
    /// <summary>Average Gregorian month, 365.25 / 12 days.</summary>
    public const double DaysPerMonth = 30.4375;

    /// <summary>The plot x of a day: months from sirolimus start on the compressed axis.</summary>
    public double Months(LocalDate day) => CompressedTimeAxis.ToPlot(TrueMonths(day));

    public double TrueMonths(LocalDate day) => Period.DaysBetween(Origin, day) / DaysPerMonth;

    public double Months(ClinicalDate date) => Months(date.Midpoint);

    public double End => Months(Patient.FollowUpEnd?.Midpoint ?? Patient.AllEvents.Max(e => e.Date.Latest));

    public static SwimmerLane For(Patient patient, double y)
    {
        LocalDate origin = patient.FirstSirolimusStart?.Midpoint ?? patient.Events[0].Date.Midpoint;
        return new SwimmerLane(patient, y, origin);
    }
}
