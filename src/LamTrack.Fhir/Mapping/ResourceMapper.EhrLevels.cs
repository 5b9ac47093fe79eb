using System.Globalization;
using Hl7.Fhir.Model;
using LamTrack.Domain.Dates;
using LamTrack.Domain.Events;
using LamTrack.Fhir.Import;
using LamTrack.Fhir.Mapping.Ehr;
using LamTrack.Fhir.Terminology;
using LamTrack.Measures.Units;

namespace LamTrack.Fhir.Mapping;

// Sirolimus blood levels as laboratories report them: ng/mL, ug/L or nmol/L; censored by a comparator, by an
// interpretation code (not detected, off scale low/high) or by a text value such as "<1.0".
internal sealed partial class ResourceMapper
{
    private TroughLevel? EhrTrough(Observation o, string key, string id, ClinicalDate date, TerminologyRow row)
    {
        string? interpretation = o.Interpretation.Select(i => ehr.Terminology.Resolve(i)?.Concept).FirstOrDefault(c => c is not null);
        (Quantity? quantity, string element) = o.Value switch
        {
            Quantity q => (q, "valueQuantity"),
            FhirString { Value: string text } => (SirolimusText(text), "valueString"),
            _ => (null, "value"),
        };
        string? converted = null;
        Measurement? recorded = quantity is null ? null : SirolimusMeasure(quantity, $"Observation.{element}", out converted);
        TroughResult? result = Censored(interpretation, quantity?.Comparator, recorded);
        if (result is null)
        {
            if (quantity is null && interpretation is null)
            {
                Error(Import.ImportIssueCodes.MissingElement, "Observation.value", "a sirolimus level needs a value, or an interpretation such as not detected");
            }

            return null;
        }

        return new TroughLevel(id, date, EhrSource(o, key, element, Unverified(row), converted), result) { Assay = o.Method?.Text };
    }

    private TroughResult? Censored(string? interpretation, Quantity.QuantityComparator? comparator, Measurement? recorded) =>
        (interpretation, comparator, recorded) switch
        {
            ("interpretation:not-detected", _, _) => TroughResult.Undetectable(recorded),
            (_, _, null) => null,
            ("interpretation:below-limit", _, _) or (_, Quantity.QuantityComparator.LessThan or Quantity.QuantityComparator.LessOrEqual, _) => TroughResult.Below(recorded),
            ("interpretation:above-limit", _, _) or (_, Quantity.QuantityComparator.GreaterThan or Quantity.QuantityComparator.GreaterOrEqual, _) => TroughResult.Above(recorded),
            _ => Typed2(() => TroughResult.Measured(recorded), "Observation.valueQuantity.value"),
        };

    /// <summary>A mass concentration as recorded, or converted from nmol/L with the molar mass of sirolimus.</summary>
    private Measurement? SirolimusMeasure(Quantity q, string path, out string? converted)
    {
        converted = null;
        if ((q.Code ?? q.Unit) is "nmol/L" or "nmol/l" && q.Value is decimal nanomoles)
        {
            if (nanomoles is < 0m or > 1e12m)
            {
                // Past 10^12 nmol/L the product would overflow a decimal; it is far past any concentration anyway.
                Error(ImportIssueCodes.OutOfRange, path + ".value", string.Create(CultureInfo.InvariantCulture, $"{nanomoles} nmol/L is out of range"));
                return null;
            }

            decimal ngPerMl = Math.Round(nanomoles * SirolimusMolarMass.GramsPerMole / 1000m, 3);
            converted = string.Create(CultureInfo.InvariantCulture,
                $"converted from {nanomoles} nmol/L with the molar mass of sirolimus {SirolimusMolarMass.GramsPerMole} g/mol ({SirolimusMolarMass.Citation})");
            return InRange(Measurement.Create(ngPerMl, "ng/mL"), path);
        }

        return Measure(q, path, Dimension.MassConcentration);
    }

    // "<1.0", "< 1.0 ng/mL", ">30": a censored value written as text (the unit defaults to ng/mL, the unit of LOINC 29247-4).
    private static Quantity? SirolimusText(string text)
    {
        string t = text.Trim();
        Quantity.QuantityComparator? comparator = t.StartsWith('<') ? Quantity.QuantityComparator.LessThan : t.StartsWith('>') ? Quantity.QuantityComparator.GreaterThan : null;
        string[] parts = t.TrimStart('<', '>', '=', ' ').Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !decimal.TryParse(parts[0], NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value))
        {
            return null;
        }

        string unit = parts.Length > 1 ? parts[1] : "ng/mL";
        return new Quantity(value, unit) { Comparator = comparator };
    }
}
