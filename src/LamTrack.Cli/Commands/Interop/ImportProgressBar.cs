using LamTrack.Application.Ports;
using Spectre.Console;

namespace LamTrack.Cli.Commands.Interop;

/// <summary>Shows an import's progress on two Spectre bars: bytes of input read, then patients written.</summary>
/// <remarks>Called on the importing thread; Spectre renders on its own thread, so the bars keep moving.</remarks>
internal sealed class ImportProgressBar(ProgressTask reading, ProgressTask writing) : IProgress<FhirImportProgress>
{
    public void Report(FhirImportProgress value)
    {
        ProgressTask task = value.Stage == FhirImportStage.Reading ? reading : writing;
        if (value.Stage == FhirImportStage.Writing && !writing.IsStarted)
        {
            reading.Value = reading.MaxValue;
            reading.StopTask();
            writing.StartTask();
        }

        task.MaxValue = Math.Max(1, value.Total);
        task.Value = value.Done;
    }
}
