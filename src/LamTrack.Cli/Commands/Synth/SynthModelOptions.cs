using System.CommandLine;
using LamTrack.Application.Synthesis;

namespace LamTrack.Cli.Commands.Synth;

/// <summary>The model options of <c>lamtrack synth</c>; each defaults to <see cref="SyntheticCohortSettings.Defaults"/>.</summary>
internal sealed class SynthModelOptions
{
    private static readonly SyntheticCohortSettings s_defaults = SyntheticCohortSettings.Defaults;

    public Option<double> UntreatedRate { get; } = Rate("--untreated-rate", "Pneumothorax episodes per person-year off sirolimus.", s_defaults.UntreatedRatePerYear);

    public Option<double> InRange { get; } = Rate("--in-range-multiplier", "Rate multiplier on sirolimus with the trough at or above 3 ng/mL.", s_defaults.InRangeMultiplier);

    public Option<double> LowLevel { get; } = Rate("--low-level-multiplier", "Rate multiplier on sirolimus with the trough in [1, 3) ng/mL.", s_defaults.LowLevelMultiplier);

    public Option<double> Undetectable { get; } = Rate("--undetectable-multiplier", "Rate multiplier on sirolimus with the trough below 1 ng/mL.", s_defaults.UndetectableMultiplier);

    public IEnumerable<Option> All => [UntreatedRate, InRange, LowLevel, Undetectable];

    public SyntheticCohortSettings Bind(ParseResult parsed) => new(parsed.GetValue(UntreatedRate), parsed.GetValue(InRange), parsed.GetValue(LowLevel), parsed.GetValue(Undetectable));

    private static Option<double> Rate(string name, string description, double defaultValue)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            double v = r.GetValueOrDefault<double>();
            if (!(v >= 0 && v <= 100))
            {
                r.AddError($"{name} must lie in [0, 100]");
            }
        });
        return option;
    }
}
