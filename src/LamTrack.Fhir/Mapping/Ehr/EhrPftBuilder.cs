using LamTrack.Domain.Events;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>Joins the lung-function values of one day (single Observations, panel components or members) into one
/// <see cref="PulmonaryFunctionTest"/>, its absolute and % predicted values per measure side by side.</summary>
internal static class EhrPftBuilder
{
    public static IEnumerable<PulmonaryFunctionTest> Build(IReadOnlyList<PftPart> parts)
    {
        foreach (var day in parts.GroupBy(p => p.Date.ToString(), StringComparer.Ordinal).OrderBy(g => g.First().Date))
        {
            var ordered = day.OrderBy(p => p.EventId, StringComparer.Ordinal).ToList();
            var values = ordered.GroupBy(p => p.Measure).OrderBy(g => g.Key)
                .Select(g => new PftValue(g.Key, g.Select(p => p.Absolute).FirstOrDefault(a => a is not null), g.Select(p => p.Predicted).FirstOrDefault(p => p is not null)))
                .ToList();
            PftPart first = ordered[0];
            string locators = string.Join("; ", ordered.Select(p => p.Source.Locator).Distinct(StringComparer.Ordinal));
            yield return new PulmonaryFunctionTest(first.EventId, first.Date, first.Source with { Locator = locators }, values);
        }
    }
}
