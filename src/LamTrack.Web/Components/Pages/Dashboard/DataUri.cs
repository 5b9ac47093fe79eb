using System.Text;

namespace LamTrack.Web.Components.Pages.Dashboard;

/// <summary>Downloads carried in the link itself (RFC 2397 data URIs), so a rendered page needs no second request.</summary>
public static class DataUri
{
    /// <summary>A data URI of <paramref name="bytes"/> with the media type <paramref name="mediaType"/>.</summary>
    public static string Of(string mediaType, byte[] bytes) => $"data:{mediaType};base64,{Convert.ToBase64String(bytes)}";

    /// <summary>A data URI of UTF-8 text.</summary>
    public static string OfText(string mediaType, string text) => Of(mediaType + ";charset=utf-8", Encoding.UTF8.GetBytes(text));
}
