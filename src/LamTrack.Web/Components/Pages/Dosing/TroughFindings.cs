using LamTrack.Application.Guidance;
using LamTrack.Domain.Events;

namespace LamTrack.Web.Components.Pages.Dosing;

/// <summary>Splits a patient's findings into those about one trough (a finding that names that level's event id among its data points) and the rest.</summary>
/// <remarks>Both lists keep the guidance service's order (most severe first); nothing is re-ranked or re-judged here.</remarks>
public static class TroughFindings
{
    /// <summary>The findings of <paramref name="advice"/> that used <paramref name="trough"/>, and the others; both empty without advice.</summary>
    public static (IReadOnlyList<FindingDocument> AboutTrough, IReadOnlyList<FindingDocument> Others) Split(PatientAdvice? advice, TroughLevel trough)
    {
        ArgumentNullException.ThrowIfNull(trough);
        if (advice is null)
        {
            return ([], []);
        }

        FindingDocument[] about = [.. advice.Findings.Where(f => UsesTrough(f, trough))];
        return (about, [.. advice.Findings.Except(about)]);
    }

    private static bool UsesTrough(FindingDocument finding, TroughLevel trough) =>
        finding.DataPoints.Any(d => d.Name.Contains($"({trough.Id})", StringComparison.Ordinal));
}
