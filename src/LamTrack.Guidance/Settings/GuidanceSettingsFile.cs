using System.Globalization;
using System.Text.Json;
using LamTrack.Guidance.Catalogue;
using LamTrack.Measures.Quantities;

namespace LamTrack.Guidance.Settings;

/// <summary>Reads guidance settings from a JSON file; settings not named keep their defaults.</summary>
/// <remarks>
/// Keys are the names printed by <see cref="GuidanceSettings.Describe"/>. <c>targetWindow</c> is either a published
/// window name (<c>label</c>, <c>case-series</c>, <c>chinese-consensus</c>) or an object
/// <c>{"name": …, "lowNanogramsPerMillilitre": …, "highNanogramsPerMillilitre": …}</c>, which is tagged [UNVERIFIED].
/// Every problem names the file, the setting and the reason; no partially applied settings are returned.
/// </remarks>
public static class GuidanceSettingsFile
{
    /// <summary>Parses a settings document.</summary>
    /// <exception cref="GuidanceSettingsException">The document is not JSON, names an unknown setting or a value is out of range.</exception>
    public static GuidanceSettings Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = ParseDocument(json, sourceName);
        var reader = new JsonFieldReader(sourceName);
        GuidanceSettings settings = Read(document.RootElement, reader);
        if (reader.Problems.Count > 0)
        {
            throw new GuidanceSettingsException(reader.Problems);
        }

        try
        {
            return settings.Validate();
        }
        catch (GuidanceSettingsException ex)
        {
            throw new GuidanceSettingsException(ex.Problems.Select(p => $"{sourceName}: {p}").ToList());
        }
    }

    private static GuidanceSettings Read(JsonElement root, JsonFieldReader reader)
    {
        var s = GuidanceSettings.Default;
        if (root.ValueKind != JsonValueKind.Object)
        {
            reader.Report("document", "(root)", "not a JSON object");
            return s;
        }

        var known = GuidanceSettings.Default.Describe().Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (JsonProperty property in root.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            reader.Report("document", property.Name, $"unknown setting; known settings: {string.Join(", ", known)}");
        }

        return Guarded(reader, () => s with
        {
            TargetWindow = ReadWindow(root, reader) ?? s.TargetWindow,
            VeryLowTrough = Number(root, reader, "veryLowTroughNanogramsPerMillilitre") is { } v ? MassConcentration.FromNanogramsPerMillilitre(v) : s.VeryLowTrough,
            Fev1PercentPredictedThreshold = Number(root, reader, "fev1PercentPredictedThreshold") is { } f ? PercentPredicted.FromPercent(f) : s.Fev1PercentPredictedThreshold,
            Fev1DeclineThreshold = Number(root, reader, "fev1DeclineThresholdMillilitresPerYear") is { } r ? VolumeChangeRate.FromMillilitresPerYear(r) : s.Fev1DeclineThreshold,
            Fev1SlopeMinimumSpanDays = Whole(root, reader, "fev1SlopeMinimumSpanDays") ?? s.Fev1SlopeMinimumSpanDays,
            LesionSizeThreshold = Number(root, reader, "lesionSizeThresholdCentimetres") is { } l ? Length.FromCentimetres(l) : s.LesionSizeThreshold,
            VegfDDiagnosticThreshold = Number(root, reader, "vegfDDiagnosticThresholdPicogramsPerMillilitre") is { } g ? MassConcentration.FromPicogramsPerMillilitre(g) : s.VegfDDiagnosticThreshold,
            FirstTroughDays = ReadDays(root, reader, "firstTroughDays") ?? s.FirstTroughDays,
            DaysBetweenAdjustments = ReadDays(root, reader, "daysBetweenAdjustments") ?? s.DaysBetweenAdjustments,
            StableMonitoringIntervalMonths = Whole(root, reader, "stableMonitoringIntervalMonths") ?? s.StableMonitoringIntervalMonths,
            InteractionTroughWithinDays = Whole(root, reader, "interactionTroughWithinDays") ?? s.InteractionTroughWithinDays,
            InteractionLookbackDays = Whole(root, reader, "interactionLookbackDays") ?? s.InteractionLookbackDays,
            ContraceptionAfterStopWeeks = Whole(root, reader, "contraceptionAfterStopWeeks") ?? s.ContraceptionAfterStopWeeks,
            SurgeryHoldDays = ReadDays(root, reader, "surgeryHoldDays") ?? s.SurgeryHoldDays,
            TransplantStopBeforeListingDays = Whole(root, reader, "transplantStopBeforeListingDays") ?? s.TransplantStopBeforeListingDays,
            AdverseEventLookbackDays = Whole(root, reader, "adverseEventLookbackDays") ?? s.AdverseEventLookbackDays,
            PneumothoraxAssumedResolvedAfterDays = Whole(root, reader, "pneumothoraxAssumedResolvedAfterDays") ?? s.PneumothoraxAssumedResolvedAfterDays,
            WoundHealingAssumedDays = Whole(root, reader, "woundHealingAssumedDays") ?? s.WoundHealingAssumedDays,
            PregnancyWithoutEndAssumedWeeks = Whole(root, reader, "pregnancyWithoutEndAssumedWeeks") ?? s.PregnancyWithoutEndAssumedWeeks,
        });
    }

    // A quantity factory rejects a value outside its physical range; report it as a settings problem, not a crash.
    private static GuidanceSettings Guarded(JsonFieldReader reader, Func<GuidanceSettings> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentOutOfRangeException ex)
        {
            reader.Report("document", "(value)", ex.Message.Split(Environment.NewLine)[0]);
        }
        catch (GuidanceSettingsException ex)
        {
            foreach (string problem in ex.Problems)
            {
                reader.Report("document", "(value)", problem);
            }
        }

        return GuidanceSettings.Default;
    }

    private static double? Number(JsonElement root, JsonFieldReader reader, string name) =>
        root.TryGetProperty(name, out _) ? reader.Number(root, "document", name) : null;

    private static int? Whole(JsonElement root, JsonFieldReader reader, string name)
    {
        double? value = Number(root, reader, name);
        if (value is { } v && (v != Math.Floor(v) || Math.Abs(v) > 100_000))
        {
            reader.Report("document", name, string.Create(CultureInfo.InvariantCulture, $"{v} is not a whole number"));
            return null;
        }

        return value is { } w ? (int)w : null;
    }

    private static DayWindow? ReadDays(JsonElement root, JsonFieldReader reader, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement obj))
        {
            return null;
        }

        if (obj.ValueKind != JsonValueKind.Object)
        {
            reader.Report("document", name, "must be an object with minimumDays and maximumDays, such as { \"minimumDays\": 7, \"maximumDays\": 14 }");
            return null;
        }

        int? min = Whole(obj, reader, "minimumDays");
        int? max = Whole(obj, reader, "maximumDays");
        return min is { } lo && max is { } hi ? DayWindow.Create(name, lo, hi) : null;
    }

    private static TroughWindow? ReadWindow(JsonElement root, JsonFieldReader reader)
    {
        if (!root.TryGetProperty("targetWindow", out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            TroughWindow? published = TroughWindow.Published.FirstOrDefault(w => w.Name == value.GetString());
            if (published is null)
            {
                reader.Report("document", "targetWindow", $"'{value.GetString()}' is not one of {string.Join(", ", TroughWindow.Published.Select(w => w.Name))}");
            }

            return published;
        }

        string name = JsonFieldReader.OptionalString(value, "name") is { Length: > 0 } n ? n : "custom";
        double? low = reader.Number(value, "targetWindow", "lowNanogramsPerMillilitre");
        double? high = reader.Number(value, "targetWindow", "highNanogramsPerMillilitre");
        var source = new Citation("user setting", "custom trough window", string.Empty, VerificationTag.Unverified);
        return low is { } lo && high is { } hi ? TroughWindow.Create(name, lo, hi, source) : null;
    }

    private static JsonDocument ParseDocument(string json, string sourceName)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException ex)
        {
            throw new GuidanceSettingsException($"{sourceName}: {(ex.LineNumber is { } line ? $"line {line + 1}: " : string.Empty)}not valid JSON: {ex.Message}", ex);
        }
    }
}
