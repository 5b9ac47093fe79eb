using System.Collections.Concurrent;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace LamTrack.Fhir.Serialization;

/// <summary>What Firely's POCO validator checks on one element of a class: its .NET type, its cardinality and its
/// allowed types (choice elements), taken from the element's <see cref="PropertyMapping"/>.</summary>
internal sealed class ElementRules
{
    private readonly ValidatingFhirModelAttribute[] _typeRules;

    // The allowed-types verdict depends only on the value's .NET type (dynamic types are rejected before it is
    // asked), so it is computed once per type with the SDK's own attribute and remembered.
    private readonly ConcurrentDictionary<Type, bool> _allowed = new();

    private ElementRules()
    {
        // A field outside the model's mapping: no value of any type is accepted there.
        PropertyType = typeof(void);
        _typeRules = [];
    }

    /// <summary>The rules for a field the class has but its R4 mapping does not (see <see cref="ElementOrder"/>): it
    /// accepts nothing.</summary>
    public static ElementRules NotInModel { get; } = new();

    public ElementRules(PropertyMapping mapping, ulong mandatoryBit, bool isContained)
    {
        PropertyType = mapping.PropertyType;
        MandatoryBit = mandatoryBit;
        IsContained = isContained;
        CardinalityAttribute? cardinality = mapping.ValidationAttributes.OfType<CardinalityAttribute>().SingleOrDefault();
        Min = cardinality?.Min ?? 0;
        Max = cardinality?.Max ?? -1;
        _typeRules = [.. mapping.ValidationAttributes.Where(a => a is not CardinalityAttribute)];
        // Only AllowedTypes is known to depend on the value's type alone; any other rule is run on every value.
        TypeOnlyRules = _typeRules.All(a => a is AllowedTypesAttribute);
    }

    /// <summary>The .NET type a value must have (a <c>List&lt;T&gt;</c> for repeating elements).</summary>
    public Type PropertyType { get; }

    /// <summary>This element's bit in <see cref="ClassRules.MandatoryMask"/>, 0 when the element is optional.</summary>
    public ulong MandatoryBit { get; }

    /// <summary>Whether this is a DomainResource's <c>contained</c>, whose resources may not contain resources.</summary>
    public bool IsContained { get; }

    /// <summary>The minimum number of values.</summary>
    public int Min { get; }

    /// <summary>The maximum number of values, -1 for unbounded.</summary>
    public int Max { get; }

    private bool TypeOnlyRules { get; }

    /// <summary>Whether the element's non-cardinality rules (allowed types) accept <paramref name="value"/>.</summary>
    public bool Allows(Base value)
    {
        if (_typeRules.Length == 0)
        {
            return true;
        }

        return TypeOnlyRules ? _allowed.GetOrAdd(value.GetType(), static (_, state) => state.Rules.RunRules(state.Value), (Rules: this, Value: value)) : RunRules(value);
    }

    private bool RunRules(Base value)
    {
        var context = new PocoValidationContext(value, ModelInfo.ModelInspector, static () => string.Empty, null, null, NarrativeValidationKind.None);
        return _typeRules.All(rule => rule.Validate(value, context).Count == 0);
    }
}
