using NodaTime;

namespace LamTrack.Cli.Commands.Guidance;

/// <summary>The parsed options of <c>lamtrack advise</c>.</summary>
/// <param name="PatientId">The patient, or <see langword="null"/> for the worklist of all patients.</param>
/// <param name="AsOf">The day of evaluation.</param>
/// <param name="DataPath">The patient data, or <see langword="null"/> for the bundled case series.</param>
/// <param name="SettingsPath">A settings file, or <see langword="null"/> for the defaults.</param>
/// <param name="Json">Whether to print JSON.</param>
internal sealed record AdviseRequest(string? PatientId, LocalDate AsOf, string? DataPath, string? SettingsPath, bool Json)
{
    /// <summary>A patient store (<c>--db</c>) to read instead of files, or null.</summary>
    public string? Db { get; init; }
}
