using System.Globalization;
using System.Text.RegularExpressions;

namespace LamTrack.Fhir.Mapping.Ehr;

/// <summary>Reads a daily dose out of the common free-text dosage forms EHRs send when a structured dose is missing:
/// "2 mg daily", "1 mg twice a day", "0.5 mg BID", "1 mg every other day", "2 mg q24h".</summary>
/// <remarks>Only a dose in mg with a recognised frequency is read; anything else returns <see langword="null"/> (the
/// caller keeps the exposure without a dose, never a guess).</remarks>
internal static partial class DoseText
{
    /// <summary>The dose in mg per day, or <see langword="null"/> when the text is not one of the recognised forms.</summary>
    public static decimal? MilligramsPerDay(string? text)
    {
        Match match = text is null ? Match.Empty : DosePattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["dose"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal mg))
        {
            return null;
        }

        decimal? perDay = TimesPerDay(match.Groups["freq"].Value.ToUpperInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Trim());
        return perDay is null ? null : mg * perDay.Value;
    }

    private static decimal? TimesPerDay(string frequency) => frequency switch
    {
        "DAILY" or "ONCE DAILY" or "ONCE A DAY" or "EVERY DAY" or "QD" or "OD" or "Q24H" or "ONCE DAILY BY MOUTH" => 1m,
        "TWICE DAILY" or "TWICE A DAY" or "BID" or "Q12H" => 2m,
        "THREE TIMES DAILY" or "THREE TIMES A DAY" or "TID" or "Q8H" => 3m,
        "EVERY OTHER DAY" or "QOD" or "Q48H" => 0.5m,
        "WEEKLY" or "ONCE WEEKLY" or "ONCE A WEEK" => 1m / 7m,
        _ => null,
    };

    [GeneratedRegex(@"(?<dose>\d+(?:\.\d+)?)\s*mg\b(?:\s+(?:by mouth|orally|po|tablets?|oral))*\s*,?\s*(?<freq>once daily|once a day|daily|every day|q\.?d\.?|o\.?d\.?|q24h|twice daily|twice a day|b\.?i\.?d\.?|q12h|three times daily|three times a day|t\.?i\.?d\.?|q8h|every other day|q\.?o\.?d\.?|q48h|once weekly|once a week|weekly)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex DosePattern();
}
