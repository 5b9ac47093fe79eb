using System.Globalization;
using LamTrack.Application.Pharmacokinetics;
using LamTrack.Domain.Events;
using LamTrack.Domain.Patients;

namespace LamTrack.Web.Components.Pages.Dosing;

/// <summary>The dose change that accepting a proposed regimen records: its values for the dose-change form.</summary>
/// <remarks>
/// The record holds one daily dose per change, so an alternating regimen is recorded at its mean daily dose with the
/// regimen named in the reason. The change starts on the proposal's decision day, in the course running that day.
/// The values go through the same file reader and record service as a typed dose change.
/// </remarks>
public static class DoseAcceptance
{
    /// <summary>The course a change on the proposal's decision day belongs to, or null when none is running.</summary>
    public static SirolimusCourse? CourseFor(Patient patient, DoseProposalReport report)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(report);
        return patient.SirolimusCourses.LastOrDefault(c => c.IsActiveOn(report.DecisionDate));
    }

    /// <summary>The dose-change form values for accepting <paramref name="option"/> of <paramref name="report"/>.</summary>
    public static Dictionary<string, string?> FormValues(Patient patient, SirolimusCourse course, DoseProposalReport report, RegimenOption option)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(option);
        string day = report.DecisionDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["id"] = EventIds.Unused(patient, "dc-" + report.DecisionDate.ToString("uuuuMMdd", CultureInfo.InvariantCulture)),
            ["date"] = day,
            ["source"] = "Trough workspace dose proposal " + day,
            ["course"] = course.Id,
            ["dose.value"] = option.MeanDailyMilligrams.ToString("0.###", CultureInfo.InvariantCulture),
            ["dose.unit"] = "mg/d",
            ["reason"] = Reason(report, option),
        };
    }

    private static string Reason(DoseProposalReport report, RegimenOption option) =>
        string.Create(CultureInfo.InvariantCulture,
            $"proposal accepted: {option.Description}; probability of troughs in {report.Window.Text}: {option.ProbabilityInWindow:P0} ({report.Model.Id})");
}
