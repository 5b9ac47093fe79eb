using System.Collections.Concurrent;
using System.Collections.Frozen;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace LamTrack.Fhir.Serialization;

/// <summary>What Firely's POCO validator checks on one FHIR class: its elements by name, the mandatory ones (minimum
/// cardinality above 0), and whether the class carries validation attributes of its own; built once per .NET type
/// from the SDK's <see cref="ClassMapping"/>.</summary>
internal sealed class ClassRules
{
    private static readonly ConcurrentDictionary<Type, ClassRules?> s_byType = new();

    private readonly FrozenDictionary<string, ElementRules> _elements;

    private ClassRules(ClassMapping mapping)
    {
        _elements = mapping.PropertyMappings.Where(p => !p.RepresentsValueElement)
            .ToFrozenDictionary(p => p.Name, p => new ElementRules(p), StringComparer.Ordinal);
        Mandatory = [.. _elements.Where(e => e.Value.Min > 0).Select(e => e.Key)];
        HasClassRules = mapping.ValidationAttributes.Length > 0;
    }

    /// <summary>The names of the elements that must be present.</summary>
    public IReadOnlyList<string> Mandatory { get; }

    /// <summary>Whether the class itself carries validation attributes (none in R4; such a class is left to the SDK).</summary>
    public bool HasClassRules { get; }

    /// <summary>The rules of a POCO type, or <see langword="null"/> when the model does not know the type.</summary>
    public static ClassRules? For(Type type) =>
        s_byType.GetOrAdd(type, static t => ModelInfo.ModelInspector.FindOrImportClassMapping(t) is { } mapping ? new ClassRules(mapping) : null);

    /// <summary>The rules of the element named <paramref name="name"/>, or <see langword="null"/> when the class has no such element.</summary>
    public ElementRules? Element(string name) => _elements.GetValueOrDefault(name);
}
