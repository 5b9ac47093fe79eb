using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Hl7.Fhir.Validation;
using LamTrack.Fhir.Import;

namespace LamTrack.Fhir.Serialization;

/// <summary>Reads and writes FHIR JSON with the strict SDK settings, turning every parse failure into import problems.</summary>
/// <remarks>
/// Parsing is as strict as <see cref="FhirJsonDeserializer.DEFAULT"/>: an invalid code for a required enum binding, an
/// unknown element or a bad date literal is an error, never silently kept in "overflow" as the Recoverable mode
/// would ([FIRELY-SDK], parsing modes). Each text is first parsed by <see cref="FastStrictParser"/> (the SDK's
/// checks made once on the parsed tree, about half the cost); a text it does not call clean is parsed again by the
/// strict deserializer, whose problems are the ones reported.
/// </remarks>
public static class FhirJson
{
    /// <summary>Compact JSON (one line), as NDJSON requires.</summary>
    public static string ToCompactJson(Resource resource) => FhirJsonSerializer.Default.SerializeToString(resource);

    /// <summary>Indented JSON, for Bundle files people read.</summary>
    public static string ToPrettyJson(Resource resource) => FhirJsonSerializer.Default.SerializeToString(resource, pretty: true);

    /// <summary>Parses one resource; on failure records every problem and returns <see langword="null"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="where">The file and line it came from (the line is kept when the SDK gives none).</param>
    /// <param name="problems">Where problems are recorded.</param>
    public static Resource? TryParse(string json, ImportLocation where, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(problems);
        if (FastStrictParser.TryParse(json, out Resource? clean))
        {
            return clean;
        }

        return TryParseStrict(json, where, problems);
    }

    /// <summary>As <see cref="TryParse(string, ImportLocation, ImportProblemList)"/>, for the resource as UTF-8 JSON (an
    /// NDJSON line as read); the text is only decoded when it is not clean.</summary>
    /// <param name="utf8">The JSON as UTF-8 bytes.</param>
    /// <param name="where">The file and line it came from (the line is kept when the SDK gives none).</param>
    /// <param name="problems">Where problems are recorded.</param>
    public static Resource? TryParse(ReadOnlySpan<byte> utf8, ImportLocation where, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(problems);
        // Invalid UTF-8 decodes with replacement characters, as a StreamReader would have read it.
        return FastStrictParser.TryParse(utf8, out Resource? clean) ? clean : TryParseStrict(Encoding.UTF8.GetString(utf8), where, problems);
    }

    /// <summary>Parses one resource with the SDK's strict deserializer alone (its POCO validator on); on failure records
    /// every problem and returns <see langword="null"/>. <see cref="TryParse(string, ImportLocation, ImportProblemList)"/> gives the same results, faster.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="where">The file and line it came from (the line is kept when the SDK gives none).</param>
    /// <param name="problems">Where problems are recorded.</param>
    public static Resource? TryParseStrict(string json, ImportLocation where, ImportProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(where);
        ArgumentNullException.ThrowIfNull(problems);
        try
        {
            if (FhirJsonDeserializer.DEFAULT.TryDeserializeResource(json, out Resource? resource, out var issues))
            {
                return resource;
            }

            var partial = where with { ResourceType = resource?.TypeName, ResourceId = resource?.Id };
            foreach (CodedException issue in issues)
            {
                problems.Add(ImportIssueCodes.NotFhir, Place(partial, issue), $"{issue.ErrorCode}: {Message(issue)}");
            }

            return null;
        }
        catch (JsonException ex)
        {
            problems.Add(ImportIssueCodes.MalformedJson, where, ex.Message);
            return null;
        }
        catch (Exception ex) when (ex is IndexOutOfRangeException or InvalidCastException or ArgumentException or FormatException
            or OverflowException or NullReferenceException or NotSupportedException or Hl7.Fhir.Validation.CodedValidationException)
        {
            // The SDK's own defects on odd input (found by fuzzing) are still input that is not FHIR, never a crash.
            problems.Add(ImportIssueCodes.NotFhir, where, $"the FHIR parser could not read this resource ({ex.GetType().Name}: {ex.Message})");
            return null;
        }
        catch (InvalidOperationException ex)
        {
            // The SDK throws instead of reporting on some shapes (an object where it expects an array of primitives'
            // extensions, e.g. "_reasonReference" holding a list); it is still input that is not FHIR.
            problems.Add(ImportIssueCodes.NotFhir, where, ex.Message);
            return null;
        }
    }

    private static ImportLocation Place(ImportLocation where, CodedException issue)
    {
        if (issue is not CodedValidationException coded)
        {
            return where;
        }

        // In a multi-line Bundle file the SDK's line is the file line; in NDJSON every resource is on line 1 of its text.
        int? line = where.Line ?? (coded.LineNumber > 0 ? (int)coded.LineNumber : null);
        // The SDK names the root "$this" when it does not know the type yet; the resource type reads better.
        string? path = coded.InstancePath switch
        {
            null or "" or "$this" => null,
            string p when p.StartsWith("$this.", StringComparison.Ordinal) && where.ResourceType is not null =>
                where.ResourceType + p["$this".Length..],
            string p => p,
        };
        return where with { Line = line, Path = path };
    }

    private static string Message(CodedException issue) =>
        issue is CodedValidationException coded ? coded.BaseErrorMessage : issue.Message;
}
