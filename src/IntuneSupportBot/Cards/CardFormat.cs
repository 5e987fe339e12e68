using System.Globalization;
using IntuneSupportBot.BotFramework.AdaptiveCards;
using IntuneSupportBot.Knowledge;
using IntuneSupportBot.Tickets;

namespace IntuneSupportBot.Cards;

/// <summary>How the cards write times, the report's vocabulary and the ticket's state.</summary>
internal static class CardFormat
{
    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Short form for history lines; the zone is named once, in the facts.</summary>
    public static string ShortTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(ShortTimeFormat, CultureInfo.InvariantCulture);

    public const string ShortTimeFormat = "MM-dd HH:mm";

    public static string Zone(DateTimeOffset at, TimeZoneInfo zone)
    {
        var offset = zone.GetUtcOffset(at);
        return offset == TimeSpan.Zero
            ? "UTC"
            : string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset:hh\\:mm}");
    }

    // Product names, the same in both languages.
    public static string? Platform(DevicePlatform platform) => platform switch
    {
        DevicePlatform.Windows => "Windows",
        DevicePlatform.Ios => "iOS/iPadOS",
        DevicePlatform.Android => "Android",
        DevicePlatform.Macos => "macOS",
        _ => null,
    };

    public static string? Method(EnrollmentMethod method, CardStrings text) =>
        method is EnrollmentMethod.Unknown or EnrollmentMethod.Any ? null : text[$"Method_{method}"];

    public static string State(TicketState state, CardStrings text) => text[$"State_{state}"];

    /// <summary>An urgency signal's label; a name the resources do not know is shown escaped, as stored.</summary>
    public static string Urgency(string signal, CardStrings text) => text.Find($"Urgency_{signal}") ?? CardText.Escape(signal, 40);

    public static string Tier(int tier, CardStrings text) => text.Format("Tier", tier);

    /// <summary>A person's name as it appears in markdown text.</summary>
    public static string Name(string name) => CardText.Escape(name, 64);

    public static TextColor StateColor(TicketState state) => state switch
    {
        TicketState.New or TicketState.Reopened => TextColor.Attention,
        TicketState.Escalated or TicketState.WaitingOnMicrosoft => TextColor.Warning,
        TicketState.ContactUser or TicketState.Resolved => TextColor.Good,
        TicketState.Claimed => TextColor.Accent,
        _ => TextColor.Default,
    };
}
