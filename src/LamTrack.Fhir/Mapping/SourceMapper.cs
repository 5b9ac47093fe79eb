using Hl7.Fhir.Model;
using LamTrack.Domain.Provenance;
using LamTrack.Fhir.Terminology;
using static LamTrack.Fhir.Mapping.LamTrackExtensions;

namespace LamTrack.Fhir.Mapping;

/// <summary>Maps where a LamTrack fact comes from (document, locator, stated or inferred, quote, note) to FHIR: a
/// Provenance resource per source (targeting every resource taken from it), or a <c>source</c> extension for facts that are not resources.</summary>
internal static class SourceMapper
{
    /// <summary>Identifier system of source documents (the patient file's document id).</summary>
    public const string DocumentSystem = CodeSystemUris.RegistryBase + "/NamingSystem/document";

    /// <summary>The agent named on every exported Provenance.</summary>
    public const string Curator = "LamTrack registry curation";

    public static Extension ToExtension(SourceReference source)
    {
        var ext = new Extension();
        ext.Extension.Add(new Extension(Document, new FhirString(source.Document)));
        ext.Extension.Add(new Extension(Locator, new FhirString(source.Locator)));
        ext.Extension.Add(new Extension(Basis, new Code(source.Basis == ProvenanceBasis.Inferred ? "inferred" : "stated")));
        if (source.Quote is not null)
        {
            ext.Extension.Add(new Extension(Quote, new FhirString(source.Quote)));
        }

        if (source.Note is not null)
        {
            ext.Extension.Add(new Extension(Note, new FhirString(source.Note)));
        }

        return ext;
    }

    public static SourceReference? FromExtension(Extension? ext)
    {
        string? document = ext?.GetExtensionValue<FhirString>(Document)?.Value;
        string? locator = ext?.GetExtensionValue<FhirString>(Locator)?.Value;
        if (ext is null || document is null || locator is null)
        {
            return null;
        }

        var basis = ext.GetExtensionValue<Code>(Basis)?.Value == "inferred" ? ProvenanceBasis.Inferred : ProvenanceBasis.Stated;
        return new SourceReference(document, locator, basis)
        {
            Quote = ext.GetExtensionValue<FhirString>(Quote)?.Value,
            Note = ext.GetExtensionValue<FhirString>(Note)?.Value,
        };
    }

    /// <summary>The Provenance of the exported resources taken from one source.</summary>
    /// <param name="id">The Provenance's id.</param>
    /// <param name="targets">The resources whose source it records (one <c>target</c> each).</param>
    /// <param name="source">The source.</param>
    /// <param name="recorded">The export time.</param>
    public static Provenance ToProvenance(string id, IEnumerable<Resource> targets, SourceReference source, DateTimeOffset recorded)
    {
        var entity = new Provenance.EntityComponent
        {
            Role = Provenance.ProvenanceEntityRole.Source,
            What = new ResourceReference { Identifier = new Identifier(DocumentSystem, source.Document), Display = source.Locator },
        };
        AddComplex(entity, Source, ToExtension(source));
        return new Provenance
        {
            Id = id,
            Target = [.. targets.Select(t => new ResourceReference($"{t.TypeName}/{t.Id}"))],
            Recorded = recorded,
            Agent = [new Provenance.AgentComponent { Who = new ResourceReference { Display = Curator } }],
            Entity = [entity],
        };
    }

    /// <summary>The source recorded on a Provenance, or one made from its entity when the sender wrote no extension.</summary>
    public static SourceReference? FromProvenance(Provenance provenance)
    {
        Provenance.EntityComponent? entity = provenance.Entity.FirstOrDefault();
        SourceReference? exact = FromExtension(entity?.Extension.FirstOrDefault(e => e.Url == Url(Source)));
        if (exact is not null || entity?.What is null)
        {
            return exact;
        }

        string document = entity.What.Identifier?.Value ?? entity.What.Reference ?? "fhir-import";
        return new SourceReference(document, entity.What.Display ?? document, ProvenanceBasis.Stated);
    }
}
