using System.Globalization;

namespace LamTrack.Fhir.Benchmarks;

/// <summary>The benchmark's arguments: <c>[--patients N] [--db CONNECTION] [--profile-validation] [--parsers]</c>.</summary>
/// <param name="Patients">Number of synthetic patients (default 10,000).</param>
/// <param name="Database">A store to import into (created and migrated if missing); without it, a counting target.</param>
/// <param name="ProfileValidation">Also run the FHIR R4 base-profile validator on every resource.</param>
/// <param name="Parsers">Time the SDK's strict deserializer against the import's parser on the exported lines (no import).</param>
internal sealed record BenchSettings(int Patients, string? Database, bool ProfileValidation, bool Parsers)
{
    public static BenchSettings? Parse(string[] args, TextWriter error)
    {
        var settings = new BenchSettings(10_000, null, false, false);
        for (int i = 0; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--patients" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0:
                    settings = settings with { Patients = n };
                    i++;
                    break;
                case "--db" when value is not null:
                    settings = settings with { Database = value };
                    i++;
                    break;
                case "--profile-validation":
                    settings = settings with { ProfileValidation = true };
                    break;
                case "--parsers":
                    settings = settings with { Parsers = true };
                    break;
                default:
                    error.WriteLine($"usage: unknown or incomplete argument '{args[i]}'; arguments: [--patients N] [--db CONNECTION] [--profile-validation] [--parsers]");
                    return null;
            }
        }

        return settings;
    }
}
