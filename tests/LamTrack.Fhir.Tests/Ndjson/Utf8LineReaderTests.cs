using System.Text;
using LamTrack.Fhir.Ndjson;

namespace LamTrack.Fhir.Tests.Ndjson;

public sealed class Utf8LineReaderTests
{
    [Theory]
    [InlineData("a\nb\n")] // LF endings, trailing newline
    [InlineData("a\r\nb\r\n")] // CRLF endings
    [InlineData("a\rb")] // CR alone ends a line; last line without ending
    [InlineData("\uFEFFa\n\n  \t\nb")] // byte-order mark, blank and whitespace-only lines are skipped
    [InlineData("a\r\n\r\nb\n\nc")] // blank lines keep the line numbers counting
    [InlineData("é€\n{\"x\":\"ü\"}\n")] // multi-byte UTF-8 passes through untouched
    public void Read_SmallInput_SameLinesAndNumbersAsStreamReader(string text)
    {
        Assert.Equal(ExpectedLines(text), Lines(Encoding.UTF8.GetBytes(text)));
    }

    [Theory]
    [InlineData("\r\n")] // CRLF split across two reads
    [InlineData("\n")] // LF as the first byte of the second read
    [InlineData("\r")] // CR as the last byte of the first read
    public void Read_LineEndingAtReadBoundary_SameAsStreamReader(string ending)
    {
        // The reader reads 1 MiB at a time: put the line ending across (or at) the boundary.
        string text = new string('x', (1 << 20) - 1) + ending + "tail" + ending + "last";

        Assert.Equal(ExpectedLines(text), Lines(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Read_EachLine_OffsetFromPositionFunction()
    {
        long calls = 0;
        using var stream = new MemoryStream("a\nb\nc"u8.ToArray());

        List<long> offsets = [.. Utf8LineReader.Read(stream, () => ++calls).Select(l => { l.Return(); return l.Offset; })];

        Assert.Equal([1L, 2L, 3L], offsets);
    }

    private static List<(int, string)> Lines(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var lines = new List<(int, string)>();
        foreach (Utf8Line line in Utf8LineReader.Read(stream, position: null))
        {
            lines.Add((line.Number, Encoding.UTF8.GetString(line.Bytes)));
            line.Return();
        }

        return lines;
    }

    private static List<(int, string)> ExpectedLines(string text)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        var lines = new List<(int, string)>();
        int number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                lines.Add((number, line));
            }
        }

        return lines;
    }
}
