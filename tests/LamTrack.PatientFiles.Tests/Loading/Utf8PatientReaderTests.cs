using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using LamTrack.PatientFiles.Dto;
using LamTrack.PatientFiles.Loading;
using LamTrack.Testing;

namespace LamTrack.PatientFiles.Tests.Loading;

/// <summary>The fast reader must give exactly the serializer's DTOs, and hand anything unusual back to the serializer.</summary>
public sealed class Utf8PatientReaderTests
{
    private static string Canonical(PatientDto? dto) => JsonSerializer.Serialize(dto, PatientJson.Compact);

    private static PatientDto? Serializer(byte[] utf8) => JsonSerializer.Deserialize<PatientDto>(utf8, PatientJson.Options);

    [Theory]
    [InlineData(1)] // one episode, a course and troughs
    [InlineData(2)] // the course that stopped and the relapses after it
    [InlineData(3)] // co-medication
    [InlineData(4)] // the only episode on sirolimus
    [InlineData(5)] // pregnancy and approximate dates
    public void TryRead_BundledCase_EqualsSerializer(int caseNumber)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(CaseSeriesData.Json(caseNumber).ToJsonString());
        PatientDto? fast = Utf8PatientReader.TryRead(utf8);
        Assert.NotNull(fast);
        Assert.Equal(Canonical(Serializer(utf8)), Canonical(fast));
    }

    [Fact]
    public void TryRead_EveryEventFieldSet_EqualsSerializer()
    {
        var patient = new PatientDto { Format = PatientJson.Format, Id = "p1", Events = [Filled<EventDto>()], Notes = [Filled<NoteDto>()] };
        patient.Age = Filled<AgeDto>();
        patient.Document = Filled<DocumentDto>();
        byte[] utf8 = JsonSerializer.SerializeToUtf8Bytes(patient, PatientJson.Compact);
        PatientDto? fast = Utf8PatientReader.TryRead(utf8);
        Assert.NotNull(fast);
        Assert.Equal(Canonical(Serializer(utf8)), Canonical(fast));
    }

    [Theory]
    [InlineData("""{"id":"a", /* c */ "format":"lamtrack-patient/1"}""")] // a comment: the serializer skips it
    [InlineData("""{"id":"a","format":"lamtrack-patient/1",}""")] // a trailing comma: the serializer allows it
    [InlineData("""{"id":"a","colour":"blue"}""")] // an unknown property: the serializer words the error
    [InlineData("""{"\u0069d":"a"}""")] // an escaped property name
    [InlineData("""{"id":"a","events":[null]}""")] // a null event
    [InlineData("""{"id":"a","events":[{"type":"trough","count":1.5}]}""")] // a count that is not an integer
    [InlineData("""{"id":"a","events":[{"type":"trough","result":{"value":"7.1"}}]}""")] // a number written as a string
    [InlineData("""{"id":"a","events":[{"type":"pneumothorax","triggers":["a",null]}]}""")] // a null word in a list
    [InlineData("""{"id":"a","events":[{"type":"trough","date":{"value":"2016","approx":null}}]}""")] // approx must be true or false
    [InlineData("""{"id":"a","id":"b"}""")] // a repeated key: the serializer reports it
    [InlineData("""{"id":"a","events":[{"type":"trough","date":{"value":"2016"},"type":"pregnancy"}]}""")] // a repeated key in an event
    [InlineData("""{"id":"a","events":[{"type":"trough","date":{"value":"2016","value":"2017"}}]}""")] // a repeated key in a date
    [InlineData("""{"id":"a","dateConvention":"x","dateConvention":"y"}""")] // a repeated name longer than 8 bytes
    [InlineData("""{"id":"a","events":[{"type":"trough","id":"t","date":{"value":"2016"},"id":"u"}]}""")] // repeated, not adjacent
    [InlineData("""{"ïd":"a"}""")] // a property name outside ASCII
    [InlineData("""null""")] // not an object
    [InlineData("""{"id":"a"} x""")] // something after the record
    [InlineData("""{"id":"a" """)] // cut short
    public void TryRead_UnusualOrInvalidInput_LeavesItToTheSerializer(string json)
    {
        Assert.Null(Utf8PatientReader.TryRead(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void TryRead_EscapedAndNonAsciiWords_EqualSerializer()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes("""{"id":"a","sex":"f\u00e9male","smoking":"jamais fumé","label":"Patientin Müller"}""");
        PatientDto? fast = Utf8PatientReader.TryRead(utf8);
        Assert.NotNull(fast);
        Assert.Equal(Canonical(Serializer(utf8)), Canonical(fast));
    }

    [Fact]
    public void TryRead_InvalidUtf8InAWord_LeavesItToTheSerializer()
    {
        byte[] utf8 = [.. "{\"id\":\"a\",\"sex\":\"f"u8, 0xC3, 0x28, .. "male\"}"u8];
        Assert.Null(Utf8PatientReader.TryRead(utf8));
    }

    [Fact]
    public void TryRead_RepeatedWords_ShareOneString()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(CaseSeriesData.Json(1).ToJsonString());
        PatientDto first = Utf8PatientReader.TryRead(utf8)!;
        PatientDto second = Utf8PatientReader.TryRead(utf8)!;
        Assert.Same(first.Events![0].Type, second.Events![0].Type);
        Assert.NotSame(first.Id, second.Id);
    }

    /// <summary>An instance with every property set to a value of its type, recursively, so no field goes untested.</summary>
    private static T Filled<T>()
        where T : new() => (T)Filled(typeof(T), 0);

    private static object Filled(Type type, int depth)
    {
        object target = Activator.CreateInstance(type)!;
        foreach (PropertyInfo property in type.GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(target, Sample(property.PropertyType, property.Name, depth));
        }

        return target;
    }

    private static object Sample(Type type, string name, int depth)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain switch
        {
            _ when plain == typeof(string) => $"{name}-value",
            _ when plain == typeof(decimal) => 7.25m,
            _ when plain == typeof(double) => 2.5,
            _ when plain == typeof(int) => 3,
            _ when plain == typeof(bool) => true,
            _ when plain == typeof(DateDto) => new DateDto { Value = "2016-03-14", Approx = true, Stated = "March 2016" },
            _ when plain.IsGenericType && plain.GetGenericTypeDefinition() == typeof(List<>) => SampleList(plain, name, depth),
            _ => Filled(plain, depth + 1),
        };
    }

    private static IList SampleList(Type listType, string name, int depth)
    {
        var list = (IList)Activator.CreateInstance(listType)!;
        list.Add(Sample(listType.GetGenericArguments()[0], name, depth));
        list.Add(Sample(listType.GetGenericArguments()[0], name + "2", depth));
        return list;
    }
}
