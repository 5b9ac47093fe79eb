using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;
using NodaTime;

namespace LamTrack.Analytics;

/// <summary>Whether a patient is on sirolimus on a day, from her courses.</summary>
public static class SirolimusExposure
{
    /// <summary>Whether any course is running on <paramref name="day"/> (half-open [start, stop) on date midpoints).</summary>
    public static bool IsOnSirolimus(Patient patient, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return patient.SirolimusCourses.Any(c => c.IsActiveOn(day));
    }

    /// <summary>Whether a dated period (a trough summary window) overlaps any course.</summary>
    public static bool OverlapsSirolimus(Patient patient, ClinicalEvent period)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(period);
        return patient.SirolimusCourses.Any(c => c.Date.Midpoint <= period.Date.Latest && (c.Stop is null || period.Date.Earliest < c.Stop.Midpoint));
    }
}
